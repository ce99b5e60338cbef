import { makeUuidV7, type Clock, type ShareLanguage } from '@tend/core';
import type { KdfCost, VaultKey } from '@tend/crypto';
import type { SyncPorts } from '@tend/sync';
import { createAccountClient, type AccountClient } from './account-client.ts';
import { createHttpClient, type FetchLike, type HttpClient } from './http-client.ts';
import type { ObjectView } from './object-view.ts';
import { workerOpener, type RecordOpener } from './open-jobs.ts';
import type { OnlineEvents, Timers } from './sync-loop.ts';
import { defaultDbName, deleteVaultDb, openVaultDb, type VaultDb } from './vault-db.ts';
import { vaultMeta, type VaultHeader } from './vault-meta.ts';
import { defaultSettings, type AccountInfo, type DeviceSettings, type SyncState } from './vault-service.ts';
import { VaultStateError } from './errors.ts';
import type { Authenticator } from './authenticator.ts';
import { createWebAuthn } from './webauthn.ts';

export interface VaultServiceOptions {
  /** Where the API lives; the same origin when left out. */
  readonly baseUrl?: string;
  readonly clock?: Clock;
  readonly fetch?: FetchLike;
  /** The IndexedDB database name (tests give each simulated device its own). */
  readonly dbName?: string;
  readonly timers?: Timers;
  readonly online?: OnlineEvents;
  /**
   * Tests only: the work Argon2id spends (`testKdfCost`), so suites that make many vaults hold on a
   * busy machine. Stored and received parameters are still the floor's and still checked.
   */
  readonly kdfCost?: KdfCost;
  /** Passkeys: the browser's WebAuthn unless a test gives another. */
  readonly authenticator?: Authenticator;
  /**
   * The writer's language now: what is shared with a practitioner is written in it (English when left
   * out). Asked for when something is shared, so its words load with sharing, not with the first page.
   */
  readonly shareLanguage?: () => Promise<ShareLanguage>;
  /** How an unlock opens the sealed records: in a worker where there is one, unless a test gives another. */
  readonly recordOpener?: () => RecordOpener;
}

/** An unlocked vault: its key, the sync engine's ports and the decrypted objects. */
export interface VaultSession {
  readonly vaultId: string;
  readonly vaultKey: VaultKey;
  readonly ports: SyncPorts;
  readonly view: ObjectView;
}

/**
 * The state one VaultService instance holds (no module-level singletons: each call of
 * createVaultService makes its own), and the small helpers every use case shares.
 */
export interface VaultRuntime {
  readonly clock: Clock;
  readonly http: HttpClient;
  readonly accounts: AccountClient;
  readonly dbName: string;
  readonly timers: Timers;
  readonly online: OnlineEvents;
  /** Left out in the product: Argon2id spends what the parameters say. */
  readonly kdfCost: KdfCost | undefined;
  readonly authenticator: Authenticator;
  readonly shareLanguage: (() => Promise<ShareLanguage>) | undefined;
  readonly recordOpener: () => RecordOpener;
  session: VaultSession | null;
  account: AccountInfo | null;
  settings: DeviceSettings;
  sync: SyncState;
  db(): Promise<VaultDb>;
  /** Closes and deletes this device's database. */
  dropDb(): Promise<void>;
  /** Closes the connection (another tab deleted the database); the next call opens afresh. */
  closeDb(): Promise<void>;
  header(): Promise<VaultHeader>;
  requireSession(): VaultSession;
  newVaultId(): string;
  notify(): void;
  /** Updates the sync state; `problem: null` clears the problem, leaving it out keeps it. */
  setSync(changes: SyncChanges): void;
  readonly listeners: Set<() => void>;
  readonly syncListeners: Set<() => void>;
}

const browserOnline: OnlineEvents = (listener) => {
  if (typeof globalThis.addEventListener !== 'function') return () => undefined;
  globalThis.addEventListener('online', listener);
  return () => globalThis.removeEventListener('online', listener);
};

const browserTimers: Timers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

type SyncChanges = Partial<Omit<SyncState, 'problem'>> & { readonly problem?: string | null };

/** A new state object on every change, so screens can compare snapshots by identity. */
function nextSyncState(state: SyncState, changes: SyncChanges): SyncState {
  const { problem, ...rest } = changes;
  const carried = problem === null ? undefined : (problem ?? state.problem);
  const base = {
    status: rest.status ?? state.status,
    pending: rest.pending ?? state.pending,
    lastSyncedAt: rest.lastSyncedAt === undefined ? state.lastSyncedAt : rest.lastSyncedAt,
  };
  return carried === undefined ? base : { ...base, problem: carried };
}

export function createRuntime(options: VaultServiceOptions): VaultRuntime {
  const fetchFn: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const http = createHttpClient({ baseUrl: options.baseUrl ?? '', fetch: fetchFn });
  const dbName = options.dbName ?? defaultDbName;
  let opened: Promise<VaultDb> | null = null;

  const runtime: VaultRuntime = {
    clock: options.clock ?? { now: () => Date.now() },
    http,
    accounts: createAccountClient(http),
    dbName,
    timers: options.timers ?? browserTimers,
    online: options.online ?? browserOnline,
    kdfCost: options.kdfCost,
    authenticator: options.authenticator ?? createWebAuthn(),
    shareLanguage: options.shareLanguage,
    recordOpener: options.recordOpener ?? workerOpener,
    session: null,
    account: null,
    settings: defaultSettings,
    sync: { status: 'local-only', pending: 0, lastSyncedAt: null },
    listeners: new Set(),
    syncListeners: new Set(),
    db() {
      opened ??= openVaultDb(dbName, () => {
        opened = null;
      });
      return opened;
    },
    async dropDb() {
      await runtime.closeDb();
      await deleteVaultDb(dbName);
    },
    async closeDb() {
      // A database that never opened has nothing to close.
      const db = await opened?.catch(() => null);
      opened = null;
      db?.close();
    },
    async header() {
      const header = await vaultMeta.header(await runtime.db());
      if (!header) throw new VaultStateError('none');
      return header;
    },
    requireSession() {
      if (!runtime.session) throw new VaultStateError('locked');
      return runtime.session;
    },
    newVaultId: () => makeUuidV7(runtime.clock.now(), crypto.getRandomValues(new Uint8Array(10))),
    notify() {
      for (const listener of [...runtime.listeners]) listener();
    },
    setSync(changes) {
      const next = nextSyncState(runtime.sync, changes);
      const same = (Object.keys(next) as (keyof SyncState)[]).every((key) => next[key] === runtime.sync[key]);
      if (same && Object.keys(next).length === Object.keys(runtime.sync).length) return;
      runtime.sync = next;
      for (const listener of [...runtime.syncListeners]) listener();
    },
  };
  return runtime;
}

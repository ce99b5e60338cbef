import {
  mergeVaultObjects,
  readVaultExport,
  makeVaultExport,
  type SafetyPlanFields,
  type VaultObject,
} from '@tend/core';
import {
  ServiceError,
  WrongPassphraseError,
  type AccountInfo,
  type DeviceSettings,
  type SyncState,
  type VaultService,
  type VaultStatus,
} from '../vault/vault-service.ts';
import type { PracticeService } from '../vault/practice-service.ts';
import { openBackup, sealBackup } from '../vault/age-backup.ts';
import { createMemoryPracticeService } from './memory-practice-service.ts';
import { createMemoryPracticeWorld, type MemoryPracticeWorld } from './memory-practice-world.ts';

export interface MemoryVaultOptions {
  readonly status?: VaultStatus;
  readonly passphrase?: string;
  readonly objects?: readonly VaultObject[];
  readonly account?: AccountInfo | null;
  readonly settings?: Partial<DeviceSettings>;
  readonly syncState?: Partial<SyncState>;
  /** Makes the next save fail once, to check that typed words survive a failed save. */
  readonly failNextSave?: boolean;
  readonly lockedSafetyPlan?: SafetyPlanFields | null;
  /** The stand-in server of the practitioner space, shared with other accounts' memory vaults. */
  readonly practiceWorld?: MemoryPracticeWorld;
}

/**
 * A VaultService held in memory, for component tests and screenshots: no crypto, no storage, no
 * network. Its behaviour follows the interface's promises (wrong passphrase, lock drops objects).
 */
export function createMemoryVaultService(options: MemoryVaultOptions = {}): VaultService {
  let status: VaultStatus = options.status ?? 'none';
  let passphrase = options.passphrase ?? 'correct horse battery';
  const recoveryCode = 'RC-2345-6789-ABCD-EFGH';
  const stored = new Map((options.objects ?? []).map((o) => [o.id, o]));
  const deleted = new Set<string>();
  let account: AccountInfo | null = options.account ?? null;
  let settings: DeviceSettings = {
    region: null,
    theme: 'system',
    autoLockMinutes: 15,
    isNoticingOn: true,
    isSafetyPlanReadableLocked: false,
    isOnThisDayOn: false,
    onThisDayHidden: [],
    isRememberedOnDevice: false,
    hasSeenTour: true,
    ...options.settings,
  };
  let sync: SyncState = {
    status: account ? 'idle' : 'local-only',
    pending: 0,
    lastSyncedAt: null,
    ...options.syncState,
  };
  let failNextSave = options.failNextSave ?? false;
  const listeners = new Set<() => void>();
  const syncListeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  const notifySync = () => syncListeners.forEach((l) => l());
  const requireUnlocked = () => {
    if (status !== 'unlocked') throw new Error('The vault is locked');
  };
  const check = (given: string) => {
    if (given !== passphrase) throw new WrongPassphraseError();
  };

  let practice: PracticeService | null = null;
  const service: VaultService = {
    get practice(): PracticeService {
      practice ??= createMemoryPracticeService({
        vault: service,
        world: options.practiceWorld ?? createMemoryPracticeWorld(),
        checkPassphrase: check,
      });
      return practice;
    },
    status: () => Promise.resolve(status),
    lockedSafetyPlan: () => options.lockedSafetyPlan ?? null,
    createVault: async (p) => {
      passphrase = p;
      status = 'unlocked';
      return { recoveryCode };
    },
    unlock: async (p) => {
      check(p);
      status = 'unlocked';
    },
    recover: async (code, next) => {
      if (code !== recoveryCode) throw new WrongPassphraseError();
      passphrase = next;
      status = 'unlocked';
    },
    lock: () => {
      if (status === 'unlocked') status = 'locked';
    },
    list: (kind) => (status === 'unlocked' ? [...stored.values()].filter((o) => o.kind === kind) : []),
    get: (id) => (status === 'unlocked' ? stored.get(id) : undefined),
    save: async (object) => {
      requireUnlocked();
      if (failNextSave) {
        failNextSave = false;
        throw new ServiceError('internal');
      }
      stored.set(object.id, object);
      notify();
    },
    remove: async (id) => {
      requireUnlocked();
      stored.delete(id);
      deleted.add(id);
      notify();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    account: () => account,
    createAccount: async (username, p) => {
      check(p);
      if (username === 'taken') throw new ServiceError('account_unavailable');
      account = { accountId: 'acct-1', username };
      sync = { status: 'idle', pending: 0, lastSyncedAt: Date.now() };
      notifySync();
    },
    signIn: async (username, p) => {
      if (p !== passphrase) throw new ServiceError('unauthorized');
      account = { accountId: 'acct-1', username };
      status = 'unlocked';
    },
    reconnect: async (p) => {
      check(p);
      sync = { status: 'idle', pending: sync.pending, lastSyncedAt: Date.now() };
      notifySync();
    },
    signOut: async () => {
      account = null;
      stored.clear();
      status = 'none';
    },
    changePassphrase: async (current, next) => {
      check(current);
      passphrase = next;
    },
    deleteAccount: async (p) => {
      check(p);
      account = null;
      sync = { status: 'local-only', pending: 0, lastSyncedAt: null };
      notifySync();
    },
    syncNow: async () => {
      sync = { ...sync, status: account ? 'idle' : 'local-only', lastSyncedAt: Date.now() };
      notifySync();
    },
    syncState: () => sync,
    subscribeSync: (listener) => {
      syncListeners.add(listener);
      return () => syncListeners.delete(listener);
    },
    exportVault: async (p) => {
      check(p);
      return JSON.stringify(makeVaultExport([...stored.values()], Date.now()));
    },
    importVault: async (json) => {
      requireUnlocked();
      const result = readVaultExport(json);
      if (!result.ok) throw new Error('damaged export');
      return service.importObjects(result.objects);
    },
    importObjects: async (objects) => {
      requireUnlocked();
      for (const incoming of objects) {
        if (deleted.has(incoming.id)) continue;
        const current = stored.get(incoming.id);
        stored.set(incoming.id, current ? mergeVaultObjects(current, incoming) : incoming);
      }
      notify();
      return objects.length;
    },
    deletedAmong: async (ids) => new Set(ids.filter((id) => deleted.has(id))),
    exportBackup: async (p, backupPassphrase) => sealBackup(await service.exportVault(p), backupPassphrase),
    importBackup: async (file, backupPassphrase) =>
      service.importVault(await openBackup(file, backupPassphrase)),
    deleteLocalVault: async () => {
      stored.clear();
      account = null;
      status = 'none';
    },
    settings: () => settings,
    updateSettings: async (changes) => {
      settings = { ...settings, ...changes };
    },
    // Quicker ways in are not part of what the memory vault stands in for: none are set up.
    quickUnlock: {
      resume: async () => status === 'unlocked',
      stillHere: () => undefined,
      passkeySupport: async () => 'unavailable',
      passkeys: () => [],
      addPasskey: async () => {
        throw new Error('The memory vault has no passkeys');
      },
      removePasskey: async () => undefined,
      unlockWithPasskey: async () => {
        throw new Error('The memory vault has no passkeys');
      },
    },
    lockedInbox: {
      isReady: () => false,
      waiting: () => 0,
      lastOpened: () => null,
      acknowledge: () => undefined,
    },
    recoveryCodes: {
      isPending: () => false,
      pending: async () => null,
      kept: async () => undefined,
      makeNew: async (p) => {
        check(p);
        return recoveryCode;
      },
    },
  };
  return service;
}

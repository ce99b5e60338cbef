import { VaultStateError } from './errors.ts';
import type { PracticeService } from './practice-service.ts';
import type { VaultServiceOptions } from './runtime.ts';
import { defaultDbName, mayHoldVaultDb } from './vault-presence.ts';
import { defaultSettings, type SyncState, type VaultService, type VaultStatus } from './vault-service.ts';

const localOnly: SyncState = { status: 'local-only', pending: 0, lastSyncedAt: null };

export interface LazyVaultService extends VaultService {
  /** Starts loading the vault's code now (a person has begun to do something that will need it). */
  preload(): Promise<void>;
}

export interface LazyVaultOptions {
  /** Start loading at once rather than on first need: where a vault is likely (a returning visit). */
  readonly loadAtOnce?: boolean;
}

/**
 * The VaultService the app starts with. Keys, the stored headers' schemas, the account and sync are
 * loaded on first need, so the first screen waits for none of them: on a device with no vault (every
 * first visit) the status is known without them and without making an empty database. Anything else
 * loads them first and then behaves exactly as the service itself. Before that, the readings a device
 * with no vault would give: no objects, no account, default settings.
 */
export function createLazyVaultService(
  options: VaultServiceOptions = {},
  { loadAtOnce = false }: LazyVaultOptions = {},
): LazyVaultService {
  const dbName = options.dbName ?? defaultDbName;
  const listeners = new Set<() => void>();
  const syncListeners = new Set<() => void>();
  let loaded: VaultService | null = null;
  let loading: Promise<VaultService> | null = null;
  let probing: Promise<boolean> | null = null;

  const tell = (set: Set<() => void>) => {
    for (const listener of [...set]) listener();
  };

  function load(): Promise<VaultService> {
    loading ??= import('./create-vault-service.ts').then(
      ({ createVaultService }) => {
        const service = createVaultService({ ...options, dbName });
        service.subscribe(() => tell(listeners));
        service.subscribeSync(() => tell(syncListeners));
        loaded = service;
        tell(syncListeners);
        return service;
      },
      (error: unknown) => {
        // Offline before the app was ever cached, say: the next call tries again.
        loading = null;
        throw error;
      },
    );
    return loading;
  }

  /** Calls that overlap (the app's start, the session provider) share one look at the database list. */
  function mayHoldVault(): Promise<boolean> {
    probing ??= mayHoldVaultDb(dbName).finally(() => {
      probing = null;
    });
    return probing;
  }

  const subscribeTo = (set: Set<() => void>) => (listener: () => void) => {
    set.add(listener);
    return () => void set.delete(listener);
  };

  // Only a head start: the first call loads again and reports what stops it.
  if (loadAtOnce) load().catch(() => undefined);

  return {
    async preload() {
      await load();
    },
    async status(): Promise<VaultStatus> {
      // Once loading has begun, the service answers (a vault may be on its way in: made, signed in).
      if (!loading && !(await mayHoldVault()) && !loading) return 'none';
      return (await load()).status();
    },
    createVault: async (passphrase) => (await load()).createVault(passphrase),
    unlock: async (passphrase) => (await load()).unlock(passphrase),
    recover: async (code, passphrase) => (await load()).recover(code, passphrase),
    // Nothing was opened before the service loaded, so there is nothing to forget.
    lock: () => loaded?.lock(),

    isOpening: () => loaded?.isOpening() ?? false,
    list: (kind) => loaded?.list(kind) ?? [],
    get: (id) => loaded?.get(id),
    save: async (object) => (await load()).save(object),
    remove: async (id) => (await load()).remove(id),
    subscribe: subscribeTo(listeners),

    account: () => loaded?.account() ?? null,
    createAccount: async (username, passphrase) => (await load()).createAccount(username, passphrase),
    signIn: async (username, passphrase) => (await load()).signIn(username, passphrase),
    reconnect: async (passphrase) => (await load()).reconnect(passphrase),
    signOut: async () => (await load()).signOut(),
    changePassphrase: async (current, next) => (await load()).changePassphrase(current, next),
    deleteAccount: async (passphrase) => (await load()).deleteAccount(passphrase),

    syncNow: async () => (await load()).syncNow(),
    syncState: () => loaded?.syncState() ?? localOnly,
    subscribeSync: subscribeTo(syncListeners),

    exportVault: async (passphrase) => (await load()).exportVault(passphrase),
    importVault: async (json) => (await load()).importVault(json),
    importObjects: async (objects) => (await load()).importObjects(objects),
    deletedAmong: async (ids) => (await load()).deletedAmong(ids),
    exportBackup: async (passphrase, backupPassphrase) =>
      (await load()).exportBackup(passphrase, backupPassphrase),
    importBackup: async (file, backupPassphrase) => (await load()).importBackup(file, backupPassphrase),
    deleteLocalVault: async () => (await load()).deleteLocalVault(),

    lockedSafetyPlan: () => loaded?.lockedSafetyPlan() ?? null,
    settings: () => loaded?.settings() ?? defaultSettings,
    updateSettings: async (changes) => (await load()).updateSettings(changes),

    // Before the service loads there is no vault on this device: nothing remembered, no passkeys, no
    // code waiting to be kept, nothing written while locked.
    quickUnlock: {
      resume: async () => (await load()).quickUnlock.resume(),
      stillHere: () => loaded?.quickUnlock.stillHere(),
      passkeySupport: async () => (await load()).quickUnlock.passkeySupport(),
      passkeys: () => loaded?.quickUnlock.passkeys() ?? [],
      addPasskey: async (passphrase) => (await load()).quickUnlock.addPasskey(passphrase),
      removePasskey: async (credentialId) => (await load()).quickUnlock.removePasskey(credentialId),
      unlockWithPasskey: async () => (await load()).quickUnlock.unlockWithPasskey(),
    },
    recoveryCodes: {
      isPending: () => loaded?.recoveryCodes.isPending() ?? false,
      pending: async () => (await load()).recoveryCodes.pending(),
      kept: async () => (await load()).recoveryCodes.kept(),
      makeNew: async (passphrase) => (await load()).recoveryCodes.makeNew(passphrase),
    },
    lockedInbox: {
      isReady: () => loaded?.lockedInbox.isReady() ?? false,
      waiting: () => loaded?.lockedInbox.waiting() ?? 0,
      lastOpened: () => loaded?.lockedInbox.lastOpened() ?? null,
      acknowledge: () => loaded?.lockedInbox.acknowledge(),
    },

    /** Reached only with the vault open, which only the service itself can have done. */
    get practice(): PracticeService {
      if (!loaded) throw new VaultStateError('locked');
      return loaded.practice;
    },
  };
}

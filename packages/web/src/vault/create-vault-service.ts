import type { VaultObject } from '@tend/core';
import { deleteObject, saveObject } from '@tend/sync';
import {
  createAccount,
  deleteAccount,
  deleteLocalVault,
  reconnect,
  signIn,
  signOut,
} from './account-actions.ts';
import {
  deletedAmong,
  exportBackup,
  exportVault,
  importBackup,
  importObjects,
  importVault,
} from './portability.ts';
import { createLockedInbox } from './locked-inbox.ts';
import { createLockedSafetyPlan } from './locked-safety-plan.ts';
import { createQuickUnlock, createRecoveryCodes } from './quick-unlock-service.ts';
import { createRememberedDevice } from './remembered-device.ts';
import { createLazyPracticeService } from './practice/lazy-practice-service.ts';
import type { PracticeVault } from './practice/practice-objects.ts';
import { createRuntime, type VaultServiceOptions } from './runtime.ts';
import type { VaultContext } from './vault-context.ts';
import { refreshPending, reloadRecords } from './session.ts';
import { createSyncRunner } from './sync-runner.ts';
import { openTabChannel, type TabNote } from './tab-channel.ts';
import { changePassphrase, createVault, lock, recover, unlock } from './vault-actions.ts';
import { vaultMeta } from './vault-meta.ts';
import type { DeviceSettings, VaultService, VaultStatus } from './vault-service.ts';

const subscribeTo = (set: Set<() => void>) => (listener: () => void) => {
  set.add(listener);
  return () => void set.delete(listener);
};

/** The VaultService the screens use: keys, the local store, the account and sync. */
export function createVaultService(options: VaultServiceOptions = {}): VaultService {
  const runtime = createRuntime(options);
  const onNote = (note: TabNote) => {
    if (note.type === 'changed') {
      // Another tab's change that cannot be read now is in the store, and read at the next unlock.
      void reloadRecords(runtime, note.ids).catch(() => undefined);
      return;
    }
    // Another tab removed the vault: forget everything here too (the database went with it).
    lock(ctx, { keepDevice: true });
    runtime.account = null;
    runtime.setSync({ status: 'local-only', pending: 0, lastSyncedAt: null, problem: null });
    void runtime.closeDb();
  };
  const channel = openTabChannel(`${runtime.dbName}-vault`, onNote);
  const ctx: VaultContext = {
    runtime,
    channel,
    loop: createSyncRunner(runtime),
    remembered: createRememberedDevice(runtime),
    inbox: createLockedInbox(runtime),
  };
  const quickUnlock = createQuickUnlock(ctx);
  const recoveryCodes = createRecoveryCodes(ctx);
  const lockedPlan = createLockedSafetyPlan(runtime);
  // Pulled and imported changes reach the plan too; the copy is a kindness, so a failed write waits
  // for the next change rather than interrupting anything.
  runtime.listeners.add(() => void lockedPlan.followVault().catch(() => undefined));

  async function afterLocalWrite(): Promise<void> {
    await refreshPending(runtime);
    if (runtime.account) ctx.loop.nudge();
  }

  const objects: PracticeVault = {
    list: (kind) => runtime.session?.view.list(kind) ?? [],
    get: (id) => runtime.session?.view.get(id),
    async save(object: VaultObject) {
      if (ctx.inbox.accepts(object)) return ctx.inbox.put(object);
      await saveObject(runtime.requireSession().ports, object);
      await lockedPlan.afterSave(object);
      await afterLocalWrite();
    },
    async remove(id: string) {
      await deleteObject(runtime.requireSession().ports, id);
      await afterLocalWrite();
    },
    subscribe: subscribeTo(runtime.listeners),
  };
  const practice = createLazyPracticeService(ctx, objects);

  return {
    async status(): Promise<VaultStatus> {
      const db = await runtime.db();
      const [header, account, settings, lastSyncedAt] = await Promise.all([
        vaultMeta.header(db),
        vaultMeta.account(db),
        vaultMeta.settings(db),
        vaultMeta.lastSyncedAt(db),
        lockedPlan.load(),
        quickUnlock.load(),
        recoveryCodes.load(),
        ctx.inbox.load(),
      ]);
      runtime.settings = settings;
      runtime.account = account;
      if (!account) runtime.setSync({ status: 'local-only', lastSyncedAt: null });
      else if (runtime.sync.status === 'local-only') runtime.setSync({ status: 'idle', lastSyncedAt });
      if (runtime.session) return 'unlocked';
      return header ? 'locked' : 'none';
    },
    async createVault(passphrase) {
      const made = await createVault(ctx, passphrase);
      await recoveryCodes.load();
      return made;
    },
    unlock: (passphrase) => unlock(ctx, passphrase),
    recover: (code, passphrase) => recover(ctx, code, passphrase),
    lock: () => lock(ctx),

    ...objects,
    isOpening: () => runtime.session?.view.isOpening() ?? false,

    account: () => runtime.account,
    createAccount: (username, passphrase) => createAccount(ctx, username, passphrase),
    signIn: (username, passphrase) => signIn(ctx, username, passphrase),
    reconnect: (passphrase) => reconnect(ctx, passphrase),
    signOut: () => signOut(ctx),
    changePassphrase: (current, next) => changePassphrase(ctx, current, next),
    deleteAccount: (passphrase) => deleteAccount(ctx, passphrase),

    async syncNow() {
      if (runtime.session && runtime.account) await ctx.loop.runNow();
    },
    syncState: () => runtime.sync,
    subscribeSync: subscribeTo(runtime.syncListeners),

    exportVault: (passphrase) => exportVault(ctx, passphrase),
    importVault: (json) => importVault(ctx, json),
    importObjects: (objects) => importObjects(ctx, objects),
    deletedAmong: (ids) => deletedAmong(ctx, ids),
    exportBackup: (passphrase, backupPassphrase) => exportBackup(ctx, passphrase, backupPassphrase),
    importBackup: (file, backupPassphrase) => importBackup(ctx, file, backupPassphrase),
    deleteLocalVault: () => deleteLocalVault(ctx),

    lockedSafetyPlan: () => lockedPlan.current(),
    settings: () => runtime.settings,
    async updateSettings(changes: Partial<DeviceSettings>) {
      const before = runtime.settings;
      const next = { ...before, ...changes };
      await vaultMeta.setSettings(await runtime.db(), next);
      runtime.settings = next;
      await Promise.all([lockedPlan.afterSettings(before, next), ctx.remembered.afterSettings(before, next)]);
      runtime.notify();
    },

    practice,
    quickUnlock,
    recoveryCodes,
    lockedInbox: ctx.inbox,
  };
}

import { syncVault, type SyncResult } from '@tend/sync';
import { offlineCode } from './http-client.ts';
import type { VaultRuntime } from './runtime.ts';
import { refreshPending } from './session.ts';
import { createSyncLoop, type RunOutcome, type SyncLoop } from './sync-loop.ts';
import { vaultMeta } from './vault-meta.ts';
import { ServiceError } from './vault-service.ts';

/** Problems the sync state can name; the screens word them gently. */
export const syncProblems = {
  sessionExpired: 'session-expired',
  recordsRefused: 'records-refused',
  /** The server said something was deleted without the owner's sealed tombstone: it was kept. */
  deletionUnconfirmed: 'deletion-unconfirmed',
  failed: 'sync-failed',
} as const;

/** One sync at a time across this device's tabs, where the platform offers Web Locks. */
function acrossTabs<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return work();
  return locks.request(name, () => work());
}

function outcomeOf(runtime: VaultRuntime, error: unknown): RunOutcome {
  if (error instanceof ServiceError && error.code === offlineCode) {
    runtime.setSync({ status: 'offline', problem: null });
    return 'retry';
  }
  if (error instanceof ServiceError && error.code === 'unauthorized') {
    runtime.setSync({ status: 'error', problem: syncProblems.sessionExpired });
    return 'stop';
  }
  const problem = error instanceof ServiceError ? error.code : syncProblems.failed;
  runtime.setSync({ status: 'error', problem });
  return 'retry';
}

function problemOf(result: SyncResult): string | null {
  if (result.refused.length === 0) return null;
  const onlyDeletions = result.refused.every((r) => r.reason === 'unconfirmed-deletion');
  return onlyDeletions ? syncProblems.deletionUnconfirmed : syncProblems.recordsRefused;
}

async function runSync(runtime: VaultRuntime): Promise<RunOutcome> {
  const session = runtime.session;
  if (!session || !runtime.account) return 'stop';
  runtime.setSync({ status: 'syncing' });
  let result: SyncResult;
  try {
    result = await acrossTabs(`${runtime.dbName}-sync`, () => syncVault(session.ports));
  } catch (error) {
    await refreshPending(runtime).catch(() => undefined);
    return outcomeOf(runtime, error);
  }
  const lastSyncedAt = runtime.clock.now();
  await vaultMeta.setLastSyncedAt(await runtime.db(), lastSyncedAt);
  const refused = result.refused.length > 0;
  // Refused records are a warning worth showing: the server sent something that does not open.
  runtime.setSync({ status: refused ? 'error' : 'idle', lastSyncedAt, problem: problemOf(result) });
  await refreshPending(runtime);
  return 'ok';
}

export function createSyncRunner(runtime: VaultRuntime): SyncLoop {
  return createSyncLoop({ run: () => runSync(runtime), timers: runtime.timers, online: runtime.online });
}

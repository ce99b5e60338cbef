import { syncVault, type RefusalReason, type SyncResult } from '@tend/sync';
import { offlineCode } from './http-client.ts';
import type { VaultRuntime, VaultSession } from './runtime.ts';
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
  /** The vault manifest lists newer versions than the server sent (withheld or served old): all kept. */
  recordsBehind: 'records-behind',
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

const behindManifest: ReadonlySet<RefusalReason> = new Set(['withheld', 'served-older', 'manifest-missing']);

/** The one problem to name: a record that did not open outranks one behind, which outranks a deletion. */
function problemOf(result: SyncResult): string | null {
  if (result.refused.length === 0) return null;
  const reasons = result.refused.map((r) => r.reason);
  if (reasons.every((r) => r === 'unconfirmed-deletion')) return syncProblems.deletionUnconfirmed;
  if (reasons.every((r) => r === 'unconfirmed-deletion' || behindManifest.has(r))) {
    return syncProblems.recordsBehind;
  }
  return syncProblems.recordsRefused;
}

/**
 * Which session's next sync may check only the manifest shards it brings in. The first sync after
 * unlocking checks the whole manifest (and builds it, for a vault that has none), and so does every
 * sync after one that found something behind, so what is behind is checked again until it is not.
 */
interface FullCheck {
  doneFor: VaultSession | null;
}

async function runSync(runtime: VaultRuntime, check: FullCheck): Promise<RunOutcome> {
  const session = runtime.session;
  if (!session || !runtime.account) return 'stop';
  runtime.setSync({ status: 'syncing' });
  let result: SyncResult;
  const full = check.doneFor !== session;
  try {
    result = await acrossTabs(`${runtime.dbName}-sync`, () => syncVault(session.ports, { full }));
  } catch (error) {
    await refreshPending(runtime).catch(() => undefined);
    return outcomeOf(runtime, error);
  }
  check.doneFor = result.refused.some((r) => behindManifest.has(r.reason)) ? null : session;
  const lastSyncedAt = runtime.clock.now();
  await vaultMeta.setLastSyncedAt(await runtime.db(), lastSyncedAt);
  const refused = result.refused.length > 0;
  // Refused records are a warning worth showing: the server sent something that does not open.
  runtime.setSync({ status: refused ? 'error' : 'idle', lastSyncedAt, problem: problemOf(result) });
  await refreshPending(runtime);
  return 'ok';
}

export function createSyncRunner(runtime: VaultRuntime): SyncLoop {
  const check: FullCheck = { doneFor: null };
  return createSyncLoop({
    run: () => runSync(runtime, check),
    timers: runtime.timers,
    online: runtime.online,
  });
}

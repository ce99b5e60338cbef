import { syncVault, type RefusalReason, type SyncResult } from '@tend/sync';
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
 * Whether the next sync checks every record against the manifest, not only the shards its pull
 * brings in: after a sync that found something behind, so that is checked again until it is not.
 * Everything else is kept in step as it arrives, so the syncs in between never read the whole vault.
 */
interface FullCheck {
  next: boolean;
}

async function runSync(runtime: VaultRuntime, check: FullCheck): Promise<RunOutcome> {
  const session = runtime.session;
  if (!session || !runtime.account) return 'stop';
  runtime.setSync({ status: 'syncing' });
  let result: SyncResult;
  const full = check.next;
  try {
    result = await acrossTabs(`${runtime.dbName}-sync`, () => syncVault(session.ports, { full }));
  } catch (error) {
    // The count is refreshed again after the next sync; the sync's own error is the one to report.
    await refreshPending(runtime).catch(() => undefined);
    return outcomeOf(runtime, error);
  }
  check.next = result.refused.some((r) => behindManifest.has(r.reason));
  const lastSyncedAt = runtime.clock.now();
  await vaultMeta.setLastSyncedAt(await runtime.db(), lastSyncedAt);
  const refused = result.refused.length > 0;
  // Refused records are a warning worth showing: the server sent something that does not open.
  runtime.setSync({ status: refused ? 'error' : 'idle', lastSyncedAt, problem: problemOf(result) });
  await refreshPending(runtime);
  return 'ok';
}

export function createSyncRunner(runtime: VaultRuntime): SyncLoop {
  const check: FullCheck = { next: false };
  return createSyncLoop({
    run: () => runSync(runtime, check),
    timers: runtime.timers,
    online: runtime.online,
  });
}

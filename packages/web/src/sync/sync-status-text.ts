import { syncProblems, type SyncState } from '../vault/index.ts';
import { formatMoment } from '../ui/dates.ts';

/** A quiet one-line account of sync; never alarming, always saying the words are safe here. */
export function syncStatusText(state: SyncState, now: number): string {
  const waiting =
    state.pending > 0
      ? ` ${state.pending} ${state.pending === 1 ? 'change is' : 'changes are'} waiting to sync.`
      : '';
  switch (state.status) {
    case 'local-only':
      return 'Kept on this device only.';
    case 'syncing':
      return 'Syncing…';
    case 'offline':
      return `Offline for now. Everything is saved on this device and will sync later.${waiting}`;
    case 'error':
      if (needsReconnect(state)) return `Sync is paused until you sign in again in Settings.${waiting}`;
      if (state.problem === syncProblems.deletionUnconfirmed) {
        return `A removal from the server could not be confirmed, so this device kept what it had and is syncing it back. Everything is safe on this device.${waiting}`;
      }
      if (state.problem === syncProblems.recordsBehind) {
        return `Some entries on the server are older than this vault last saw, so this device kept everything it has and will look again. Everything is safe on this device.${waiting}`;
      }
      if (state.problem === 'quota_exceeded') {
        return `Sync is paused: the server has no more room for this account. Everything is safe on this device; removing entries you no longer need makes room.${waiting}`;
      }
      return `Sync is paused for now. Everything is safe on this device.${waiting}`;
    case 'idle':
      return state.lastSyncedAt === null
        ? `Ready to sync.${waiting}`
        : `Synced at ${formatMoment(state.lastSyncedAt, now)}.${waiting}`;
  }
}

/** Whether the session has ended and the person needs to sign in again to sync. */
export function needsReconnect(state: SyncState): boolean {
  return state.status === 'error' && state.problem === syncProblems.sessionExpired;
}

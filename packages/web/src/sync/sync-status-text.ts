import type { MessageDescriptor } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { i18n } from '../i18n/activate.ts';
import { syncProblems, type SyncState } from '../vault/index.ts';
import { formatMoment } from '../ui/dates.ts';

/** A quiet one-line account of sync; never alarming, always saying the words are safe here. */
export function syncStatusText(state: SyncState, now: number): string {
  const { pending } = state;
  const waiting =
    pending > 0
      ? ` ${plural(pending, { one: '# change is waiting to sync.', other: '# changes are waiting to sync.' })}`
      : '';
  const say = (words: MessageDescriptor): string => `${i18n._(words)}${waiting}`;
  switch (state.status) {
    case 'local-only':
      return i18n._(msg`Kept on this device only.`);
    case 'syncing':
      return i18n._(msg`Syncing…`);
    case 'offline':
      return say(msg`Offline for now. Everything is saved on this device and will sync later.`);
    case 'error':
      if (needsReconnect(state)) return say(msg`Sync is paused until you sign in again in Settings.`);
      if (state.problem === syncProblems.deletionUnconfirmed) {
        return say(
          msg`A removal from the server could not be confirmed, so this device kept what it had and is syncing it back. Everything is safe on this device.`,
        );
      }
      if (state.problem === syncProblems.recordsBehind) {
        return say(
          msg`Some entries on the server are older than this vault last saw, so this device kept everything it has and will look again. Everything is safe on this device.`,
        );
      }
      if (state.problem === 'quota_exceeded') {
        return say(
          msg`Sync is paused: the server has no more room for this account. Everything is safe on this device; removing entries you no longer need makes room.`,
        );
      }
      return say(msg`Sync is paused for now. Everything is safe on this device.`);
    case 'idle': {
      if (state.lastSyncedAt === null) return say(msg`Ready to sync.`);
      const when = formatMoment(state.lastSyncedAt, now);
      return say(msg`Synced at ${when}.`);
    }
  }
}

/** Whether the session has ended and the person needs to sign in again to sync. */
export function needsReconnect(state: SyncState): boolean {
  return state.status === 'error' && state.problem === syncProblems.sessionExpired;
}

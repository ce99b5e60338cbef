import { msg } from '@lingui/core/macro';
import { i18n } from '../i18n/activate.ts';
import { sharingProblems, type SharingState } from '../vault/index.ts';

/**
 * A quiet line on how what the person shares reaches their practitioner, worded like the sync line;
 * null when all is well, so nothing is said.
 */
export function sharingStatusText(state: SharingState): string | null {
  if (state.problem === sharingProblems.endPending) {
    return state.status === 'waiting'
      ? i18n._(
          msg`The connection is ended on this device. What you shared leaves the server as soon as it can be reached.`,
        )
      : i18n._(
          msg`The connection is ended on this device, but the server has not removed what you shared yet. Tend will try again.`,
        );
  }
  switch (state.status) {
    case 'ok':
      return null;
    case 'waiting':
      return i18n._(
        msg`Offline for now. What you share is kept on this device and reaches your practitioner when you are back online.`,
      );
    case 'error':
      if (state.problem === 'unauthorized')
        return i18n._(msg`Sharing is paused until you sign in again in Settings.`);
      if (state.problem === sharingProblems.unsettled) {
        return i18n._(
          msg`Another of your devices is updating what you share at the same time. Tend will bring them together shortly.`,
        );
      }
      if (state.problem === 'quota_exceeded') {
        return i18n._(
          msg`Sharing is paused: the server has no more room for this account. Everything is safe on this device.`,
        );
      }
      return i18n._(
        msg`Sharing is paused for now. Everything is safe on this device, and Tend will try again.`,
      );
  }
}

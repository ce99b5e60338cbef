import { describeError } from '../../copy/error-messages.ts';
import { InvitationError } from '../../vault/practice-service.ts';

export const invitationProblems: Record<InvitationError['reason'], string> = {
  malformed:
    'That does not look like an invitation code. It starts with TEND- and has five groups of four letters and numbers. Would you like to look at it again?',
  unknown:
    'This code is not known. It may have been used already or have expired. Your practitioner can make you a new one whenever you are ready.',
  own: 'This invitation comes from your own practice. It is for a client to use on their device.',
};

/** The words for each failure on the practitioner pages; nothing typed is cleared when one appears. */
export const practiceErrorWords: Readonly<Record<string, string>> = {
  wrong_passphrase: 'That passphrase did not match. Nothing has changed; you can try again.',
  not_found: 'This connection is no longer there. Nothing more will be shared through it.',
  bad_request:
    'The server did not accept that. If you are already connected with this practitioner, there is nothing more to do.',
  unauthorized:
    'Your session on the server has ended. You can sign in again from Settings, then come back here.',
};

/** Unsharing offline: done on this device already; the server follows when it can be reached. */
export const unshareWords: Readonly<Record<string, string>> = {
  ...practiceErrorWords,
  offline:
    'Stopped sharing on this device. You seem to be offline; the server lets go of it as soon as you are back.',
};

/** Ending offline: ended on this device already; the server follows when it can be reached. */
export const endWords: Readonly<Record<string, string>> = {
  ...practiceErrorWords,
  offline: 'Ended on this device. You seem to be offline; the server lets go of it as soon as you are back.',
};

/** A message for any failure in the practitioner space, invitation problems included. */
export function describePracticeError(error: unknown): string {
  if (error instanceof InvitationError) return invitationProblems[error.reason];
  return describeError(error, practiceErrorWords);
}

/** The practitioner's side ended it, or the client did: said plainly, without blame. */
export function endedWords(practitionerName: string, endedBy: 'me' | 'practitioner' | null): string {
  if (endedBy === 'me') return `You ended your connection with ${practitionerName}.`;
  if (endedBy === 'practitioner') return `${practitionerName} ended this connection.`;
  return `Your connection with ${practitionerName} has ended.`;
}

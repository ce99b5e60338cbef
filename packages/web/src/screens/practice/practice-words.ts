import type { MessageDescriptor } from '@lingui/core';
import { msg, t } from '@lingui/core/macro';
import { describeError } from '../../copy/error-messages.ts';
import { i18n } from '../../i18n/activate.ts';
import { InvitationError } from '../../vault/practice-service.ts';

/**
 * A word table read in the language Tend speaks at the moment each word is read, not when the table
 * was made: a form turns a failure into words only when it happens, so the table can be made once.
 */
function spoken<K extends string>(
  table: Readonly<Record<K, MessageDescriptor>>,
): Readonly<Record<K, string>> {
  const words = {} as Record<K, string>;
  for (const key of Object.keys(table) as K[])
    Object.defineProperty(words, key, { enumerable: true, get: () => i18n._(table[key]) });
  return words;
}

const invitationWords = {
  malformed: msg`That does not look like an invitation code. It starts with TEND- and has five groups of four letters and numbers. Would you like to look at it again?`,
  unknown: msg`This code is not known. It may have been used already or have expired. Your practitioner can make you a new one whenever you are ready.`,
  own: msg`This invitation comes from your own practice. It is for a client to use on their device.`,
} satisfies Record<InvitationError['reason'], MessageDescriptor>;

export const invitationProblems: Readonly<Record<InvitationError['reason'], string>> =
  spoken(invitationWords);

const errorWords = {
  wrong_passphrase: msg`That passphrase did not match. Nothing has changed; you can try again.`,
  not_found: msg`This connection is no longer there. Nothing more will be shared through it.`,
  bad_request: msg`The server did not accept that. If you are already connected with this practitioner, there is nothing more to do.`,
  unauthorized: msg`Your session on the server has ended. You can sign in again from Settings, then come back here.`,
};

/**
 * The words for each failure on the practitioner pages; nothing typed is cleared when one appears.
 * Each word is read in the language Tend speaks when a failure is described.
 */
export const practiceErrorWords: Readonly<Record<string, string>> = spoken(errorWords);

/** Unsharing offline: done on this device already; the server follows when it can be reached. */
export const unshareWords: Readonly<Record<string, string>> = spoken({
  ...errorWords,
  offline: msg`Stopped sharing on this device. You seem to be offline; the server lets go of it as soon as you are back.`,
});

/** Ending offline: ended on this device already; the server follows when it can be reached. */
export const endWords: Readonly<Record<string, string>> = spoken({
  ...errorWords,
  offline: msg`Ended on this device. You seem to be offline; the server lets go of it as soon as you are back.`,
});

/** A message for any failure in the practitioner space, invitation problems included. */
export function describePracticeError(error: unknown): string {
  if (error instanceof InvitationError) return invitationProblems[error.reason];
  return describeError(error, practiceErrorWords);
}

/** The practitioner's side ended it, or the client did: said plainly, without blame. */
export function endedWords(practitionerName: string, endedBy: 'me' | 'practitioner' | null): string {
  if (endedBy === 'me') return t`You ended your connection with ${practitionerName}.`;
  if (endedBy === 'practitioner') return t`${practitionerName} ended this connection.`;
  return t`Your connection with ${practitionerName} has ended.`;
}

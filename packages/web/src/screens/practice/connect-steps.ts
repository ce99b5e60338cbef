import { t } from '@lingui/core/macro';
import { practiceLimits } from '@tend/core';
import type { InvitationPreview, PracticeService } from '../../vault/practice-service.ts';
import { describePracticeError } from './practice-words.ts';

export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

/** The first step: who the invitation is from. The code is only read here, never stored. */
export async function previewInvitation(
  practice: PracticeService,
  code: string,
): Promise<Outcome<InvitationPreview>> {
  if (!code.trim())
    return { ok: false, problem: t`Please type or paste the code your practitioner gave you.` };
  try {
    return { ok: true, value: await practice.readInvitation(code.trim()) };
  } catch (error) {
    return { ok: false, problem: describePracticeError(error) };
  }
}

/** The second step: connecting, with the name to be seen by and the passphrase asked again. */
export async function acceptInvitation(
  practice: PracticeService,
  input: { readonly code: string; readonly myName: string; readonly passphrase: string },
): Promise<Outcome<string>> {
  const myName = input.myName.trim();
  if (!myName)
    return { ok: false, problem: t`Please write how they should see your name. A first name is enough.` };
  if (myName.length > practiceLimits.name)
    return { ok: false, problem: t`That name is longer than it can be. Would you like to shorten it?` };
  if (!input.passphrase)
    return {
      ok: false,
      problem: t`Please type your passphrase. It is asked again because this is a sharing change.`,
    };
  try {
    return { ok: true, value: await practice.acceptInvitation(input.code.trim(), myName, input.passphrase) };
  } catch (error) {
    return { ok: false, problem: describePracticeError(error) };
  }
}

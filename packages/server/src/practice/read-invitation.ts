import type { ReadInvitationResponse } from '@tend/contract';
import type { z } from 'zod';
import { decodeBytes, encodeBytes, sha256Base64Url } from '../encoding.ts';
import type { PracticeDeps } from './practice-deps.ts';
import { invitationNotFound } from './practice-errors.ts';

/** The sealed profile of an open invitation, so the client can see who it is from before accepting. */
export async function readInvitation(
  deps: PracticeDeps,
  lookup: string,
): Promise<z.infer<typeof ReadInvitationResponse>> {
  const invitation = await deps.store.invitations.find(sha256Base64Url(decodeBytes(lookup)));
  if (!invitation || invitation.expiresAt <= deps.clock.now()) throw invitationNotFound();
  return { sealedProfile: encodeBytes(invitation.sealedProfile), expiresAt: invitation.expiresAt };
}

import { sha256Base64Url } from '../encoding.ts';
import type { StoredInvitation } from './invitation-repository.ts';
import type { PracticeDeps } from './practice-deps.ts';
import { invitationNotFound } from './practice-errors.ts';

/** The open invitation a lookup finds, so the client can see who it is from before accepting. */
export async function readInvitation(deps: PracticeDeps, lookup: Uint8Array): Promise<StoredInvitation> {
  const invitation = await deps.store.invitations.find(sha256Base64Url(lookup));
  if (!invitation || invitation.expiresAt <= deps.clock.now()) throw invitationNotFound();
  return invitation;
}

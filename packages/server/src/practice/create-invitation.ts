import { invitationLifetimeMs, maxOpenInvitations } from '@tend/contract';
import { classifyDatabaseError } from '../db/database-errors.ts';
import { sha256Base64Url } from '../encoding.ts';
import { AppError } from '../errors.ts';
import type { PracticeDeps } from './practice-deps.ts';
import { practiceNotFound } from './practice-errors.ts';
import type { InvitationToStore } from './practice-wire.ts';

const lookupTaken = () => new AppError('bad_request', 'That invitation lookup is already in use.');

/**
 * Stores an invitation for the practitioner: a hash of its lookup (the server never sees the code)
 * and the sealed profile, working for 7 days, single use. Expired ones of theirs are cleared first.
 */
export async function createInvitation(
  deps: PracticeDeps,
  practitionerId: string,
  request: InvitationToStore,
): Promise<{ expiresAt: number }> {
  const lookupHash = sha256Base64Url(request.lookup);
  const { sealedProfile } = request;
  const now = deps.clock.now();
  const expiresAt = now + invitationLifetimeMs;
  try {
    await deps.store.transact(async ({ accounts, invitations }) => {
      if (!(await accounts.isPractitioner(practitionerId))) throw practiceNotFound();
      await invitations.removeExpired(now, practitionerId);
      if ((await invitations.countOpen(practitionerId, now)) >= maxOpenInvitations) {
        throw new AppError(
          'bad_request',
          `A practice may have at most ${maxOpenInvitations} open invitations.`,
        );
      }
      if (await invitations.find(lookupHash)) throw lookupTaken();
      await invitations.insert({ practitionerId, lookupHash, sealedProfile, createdAt: now, expiresAt });
    });
  } catch (error) {
    if (classifyDatabaseError(error) === 'unique_violation') throw lookupTaken();
    throw error;
  }
  return { expiresAt };
}

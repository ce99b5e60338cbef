import type { ShareAsClient } from '@tend/contract';
import type { AccountDeps } from '../accounts/account-deps.ts';
import { reauthenticate } from '../accounts/reauthenticate.ts';
import { classifyDatabaseError } from '../db/database-errors.ts';
import type { Repositories } from '../db/store.ts';
import { sha256Base64Url } from '../encoding.ts';
import { AppError } from '../errors.ts';
import { invitationNotFound } from './practice-errors.ts';
import type { AcceptanceToStore } from './practice-wire.ts';
import { presentShareAsClient } from './present-practice.ts';
import type { NewShare } from './share-repository.ts';

const refused = (message: string) => new AppError('bad_request', message);
const cannotMake = () => refused('That share cannot be made.');

/** Refuses one's own invitation, a second share with the same practitioner and a share id in use. */
async function checkCanConnect(
  { accounts, shares }: Pick<Repositories, 'accounts' | 'shares'>,
  clientId: string,
  practitionerId: string,
  shareId: string,
): Promise<void> {
  if (practitionerId === clientId) throw refused('An invitation cannot be accepted by its own practice.');
  // Both accounts' rows, always in the same order: acceptances that involve either one take turns,
  // so the checks below cannot race.
  for (const id of [clientId, practitionerId].sort()) await accounts.lockSequence(id);
  if (await shares.hasShareBetween(clientId, practitionerId)) {
    throw refused('There is already a connection with this practitioner.');
  }
  // A share id is unique among each account's own shares; whether a stranger's share has it is
  // neither checked nor told.
  if (await shares.isIdTaken(shareId, [clientId, practitionerId])) throw cannotMake();
}

/**
 * Connects the client to the practitioner who made the invitation, after the passphrase is asked for
 * again. In one transaction the invitation is taken (single use) and the share made; any refusal
 * leaves the invitation as it was.
 */
export async function acceptInvitation(
  deps: AccountDeps,
  clientId: string,
  request: AcceptanceToStore,
): Promise<ShareAsClient> {
  const lookupHash = sha256Base64Url(request.lookup);
  const { sealedShareKey, sealedClientLabel } = request;
  await reauthenticate(deps, clientId, request.authSecret);
  const now = deps.clock.now();
  try {
    return await deps.store.transact(async ({ accounts, invitations, shares }) => {
      // Taken first, so of two acceptances at once only one finds it.
      const invitation = await invitations.take(lookupHash);
      if (!invitation || invitation.expiresAt <= now) throw invitationNotFound();
      const { practitionerId } = invitation;
      await checkCanConnect({ accounts, shares }, clientId, practitionerId, request.shareId);
      const share: NewShare = {
        id: request.shareId,
        clientId,
        practitionerId,
        sealedShareKey,
        sealedClientLabel,
        createdAt: now,
      };
      await shares.insert(share);
      return presentShareAsClient({ ...share, seq: 0, clientSeq: 0, practitionerSeq: 0, seenSeq: 0 });
    });
  } catch (error) {
    if (classifyDatabaseError(error) === 'unique_violation') throw cannotMake();
    throw error;
  }
}

import {
  newShareKey,
  openInvitationProfile,
  readInvitationCode,
  sealClientLabel,
  sealShareKey,
  type InvitationProfile,
  type InvitationSecret,
} from '@tend/crypto';
import { startConnection } from '@tend/core';
import { InvitationError, type InvitationPreview } from '../practice-service.ts';
import { checkPassphrase } from '../session.ts';
import { WrongPassphraseError } from '../vault-service.ts';
import { hasCode, newId, requireAccount, type PracticeDeps } from './practice-deps.ts';
import { domainPorts } from './practice-objects.ts';

async function readCode(code: string): Promise<InvitationSecret> {
  try {
    return await readInvitationCode(code);
  } catch {
    throw new InvitationError('malformed');
  }
}

const unknownWhenMissing = (error: unknown): never => {
  if (hasCode(error, 'not_found')) throw new InvitationError('unknown');
  throw error;
};

/** Who the invitation is from, opened with the code's own key; a used, expired or altered one is unknown. */
async function invitationOf(
  deps: PracticeDeps,
  code: string,
): Promise<{ invitation: InvitationSecret; profile: InvitationProfile; expiresAt: number }> {
  const account = requireAccount(deps);
  const invitation = await readCode(code);
  const { sealedProfile, expiresAt } = await deps.api
    .readInvitation(invitation.lookup)
    .catch(unknownWhenMissing);
  const profile = await openInvitationProfile(invitation, sealedProfile).catch(() => {
    throw new InvitationError('unknown');
  });
  if (profile.practitionerId === account.accountId) throw new InvitationError('own');
  return { invitation, profile, expiresAt };
}

export async function readInvitation(deps: PracticeDeps, code: string): Promise<InvitationPreview> {
  const { profile, expiresAt } = await invitationOf(deps, code);
  return { practitionerName: profile.name, practiceName: profile.practice, expiresAt };
}

/**
 * Connects: a new share key sealed to the public key inside the invitation's sealed profile (never one
 * the server hands over), the client's chosen name sealed under it, the passphrase checked again.
 */
export async function acceptInvitation(
  deps: PracticeDeps,
  code: string,
  myName: string,
  passphrase: string,
): Promise<string> {
  const { invitation, profile } = await invitationOf(deps, code);
  const shareId = newId(deps);
  const shareKey = await newShareKey();
  // Made before the server is asked, so a name that cannot be used never spends the invitation.
  const started = startConnection(domainPorts(deps.ctx), {
    shareId,
    shareKey: shareKey.raw,
    practitionerId: profile.practitionerId,
    practitionerName: profile.name,
    practiceName: profile.practice,
    practitionerPublicKey: profile.publicKey,
    myName,
  });
  if (!started.ok) throw new RangeError(`This connection cannot be made: ${started.problems.join(', ')}.`);
  const { connection } = started;
  const ad = { shareId, practitionerId: profile.practitionerId };
  const sealedShareKey = await sealShareKey(shareKey, profile.publicKey, ad);
  const sealedClientLabel = await sealClientLabel(shareKey, shareId, connection.fields.myName);
  const { runtime } = deps.ctx;
  const { passphraseKeys } = await checkPassphrase(await runtime.header(), passphrase, runtime.kdfCost);
  await deps.api
    .acceptInvitation({
      lookup: invitation.lookup,
      shareId,
      sealedShareKey,
      sealedClientLabel,
      authSecret: passphraseKeys.authSecret,
    })
    .catch((error: unknown) => {
      if (hasCode(error, 'unauthorized')) throw new WrongPassphraseError('The server did not accept it.');
      return unknownWhenMissing(error);
    });
  await deps.vault.save(connection);
  await deps.refresh();
  return connection.id;
}

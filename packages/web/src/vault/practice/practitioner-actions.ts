import {
  editVaultObject,
  newVaultObject,
  practiceLimits,
  practiceProfileKind,
  type PracticeProfileFields,
  type SharedPayload,
} from '@tend/core';
import { newInvitation, sealInvitationProfile, sealShared, type ShareKey } from '@tend/crypto';
import type { SealedSharedChange } from '@tend/sync';
import type { ClientView, Invitation } from '../practice-service.ts';
import { checkPassphrase } from '../session.ts';
import { ServiceError, WrongPassphraseError } from '../vault-service.ts';
import { hasCode, newId, now, requireAccount, type PracticeDeps } from './practice-deps.ts';
import { profileOf } from './practice-objects.ts';
import { clientViewOf, openSharedRecords } from './shared-records.ts';

function checkedProfile(profile: { name: string; practice: string }): PracticeProfileFields {
  const name = profile.name.trim();
  const practice = profile.practice.trim();
  if (name === '' || name.length > practiceLimits.name || practice.length > practiceLimits.practice) {
    throw new RangeError('A practice needs a name (up to 200 characters) and a practice of up to 200.');
  }
  return { name, practice };
}

export async function updateProfile(
  deps: PracticeDeps,
  profile: { name: string; practice: string },
): Promise<void> {
  requireAccount(deps);
  const fields = checkedProfile(profile);
  const held = profileOf(deps.vault);
  if (held?.fields.name === fields.name && held.fields.practice === fields.practice) return;
  const object = held
    ? editVaultObject(held, fields, now(deps))
    : newVaultObject(newId(deps), practiceProfileKind, fields, now(deps));
  await deps.vault.save(object);
}

/** Makes this account a practitioner's: the passphrase again, then the server, then the profile. */
export async function openPractice(
  deps: PracticeDeps,
  passphrase: string,
  profile: { name: string; practice: string },
): Promise<void> {
  requireAccount(deps);
  checkedProfile(profile);
  const { runtime } = deps.ctx;
  const { passphraseKeys } = await checkPassphrase(await runtime.header(), passphrase, runtime.kdfCost);
  await deps.api.openPractice(passphraseKeys.authSecret).catch((error: unknown) => {
    if (hasCode(error, 'unauthorized')) throw new WrongPassphraseError('The server did not accept it.');
    throw error;
  });
  await updateProfile(deps, profile);
  deps.store.becamePractitioner();
}

export async function createInvitation(deps: PracticeDeps): Promise<Invitation> {
  const account = requireAccount(deps);
  const profile = profileOf(deps.vault);
  if (!profile) throw new ServiceError('not_found', 'Open a practice first.');
  const invitation = await newInvitation();
  const header = await deps.ctx.runtime.header();
  const sealedProfile = await sealInvitationProfile(invitation, {
    practitionerId: account.accountId,
    name: profile.fields.name,
    practice: profile.fields.practice,
    publicKey: header.keys.sharingPublicKey,
  });
  const { expiresAt } = await deps.api.createInvitation(invitation.lookup, sealedProfile);
  const origin = typeof location === 'undefined' ? '' : location.origin;
  return { code: invitation.code, link: `${origin}/connect#${invitation.code}`, expiresAt };
}

/** A share the server no longer has for this practitioner: ended, by either side. */
function whenGone(deps: PracticeDeps, shareId: string) {
  return (error: unknown): never => {
    if (!hasCode(error, 'not_found')) throw error;
    deps.store.dropClient(shareId);
    deps.keys.dropPractitionerKey(shareId);
    throw new ServiceError('not_found', 'This connection has ended.');
  };
}

async function shareKeyFor(deps: PracticeDeps, shareId: string): Promise<ShareKey> {
  requireAccount(deps);
  if (!deps.keys.practitionerKey(shareId)) await deps.refresh();
  const key = deps.keys.practitionerKey(shareId);
  if (!key) throw new ServiceError('not_found', 'This connection has ended.');
  return key;
}

/** Fetches what the client shared; the server writes this fetch to the client's access log. */
export async function openClient(deps: PracticeDeps, shareId: string): Promise<ClientView> {
  const key = await shareKeyFor(deps, shareId);
  // Read with the key, before the fetch: keys forgotten meanwhile (a lock) must not leave the view nameless.
  const name = deps.keys.clientName(shareId) ?? '';
  const { records } = await deps.api.shareRecords(shareId).catch(whenGone(deps, shareId));
  deps.store.markClientSeen(shareId);
  const { opened, refused } = await openSharedRecords(key, shareId, records);
  return clientViewOf(shareId, name, opened, refused);
}

export async function writeAsPractitioner(
  deps: PracticeDeps,
  shareId: string,
  payload: Extract<SharedPayload, { type: 'reflection' | 'suggestion' | 'session-mark' }>,
): Promise<void> {
  const key = await shareKeyFor(deps, shareId);
  const id = newId(deps);
  const ad = { shareId, recordId: id, author: 'practitioner', version: 1 } as const;
  const change: SealedSharedChange = { id, baseVersion: 0, ciphertext: await sealShared(key, ad, payload) };
  const { results } = await deps.api.writeShared(shareId, [change]).catch(whenGone(deps, shareId));
  if (results[0]?.status !== 'accepted') throw new ServiceError('internal', 'The server did not keep it.');
}

/** Removes one of the practitioner's own records (they are written once, at version 1). */
export async function withdraw(deps: PracticeDeps, shareId: string, recordId: string): Promise<void> {
  requireAccount(deps);
  let baseVersion = 1;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const change: SealedSharedChange = { id: recordId, baseVersion, deleted: true };
    const { results } = await deps.api.writeShared(shareId, [change]).catch(whenGone(deps, shareId));
    const result = results[0];
    if (result?.status === 'removed') return;
    if (result?.status !== 'conflict') break;
    if (result.current === null) return;
    baseVersion = result.current.version;
  }
  throw new ServiceError('not_found', 'That is not yours to withdraw.');
}

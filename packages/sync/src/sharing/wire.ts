import { toBase64Url } from '@tend/core';
import type {
  DecodedResponseOf,
  ShareAsPractitioner,
  SharedChange,
  SharedRecord,
  SharedWriteResult,
  SharesResponse,
} from '@tend/contract';
import { bytesOf } from '../wire.ts';
import type {
  SealedAcceptance,
  SealedInvitation,
  SealedShareAsPractitioner,
  SealedShares,
  SealedSharedChange,
  SealedSharedRecord,
  SealedSharedWriteResult,
} from './ports.ts';

/*
 * Where the practitioner space's sealed bytes — shared records, sealed share keys, client names and
 * invitation profiles — become the wire's text and back, as `../wire.ts` does for the vault's records:
 * the HTTP transport of the share routes calls these, nothing before it does. Text that is not strict
 * base64url becomes no bytes at all, which then does not open and is refused like any damaged seal.
 */

export const sharedRecordFromWire = (record: SharedRecord): SealedSharedRecord => ({
  ...record,
  ciphertext: bytesOf(record.ciphertext),
});

export const sharedRecordToWire = (record: SealedSharedRecord): SharedRecord => ({
  ...record,
  ciphertext: toBase64Url(record.ciphertext),
});

export function sharedChangeToWire(change: SealedSharedChange): SharedChange {
  if ('deleted' in change) return { id: change.id, baseVersion: change.baseVersion, deleted: true };
  return { id: change.id, baseVersion: change.baseVersion, ciphertext: toBase64Url(change.ciphertext) };
}

export const sharedResultFromWire = (result: SharedWriteResult): SealedSharedWriteResult =>
  result.status === 'conflict'
    ? { ...result, current: result.current && sharedRecordFromWire(result.current) }
    : result;

const shareAsPractitionerFromWire = (share: ShareAsPractitioner): SealedShareAsPractitioner => ({
  ...share,
  sealedShareKey: bytesOf(share.sealedShareKey),
  sealedClientLabel: bytesOf(share.sealedClientLabel),
});

export const sharesFromWire = (shares: SharesResponse): SealedShares => ({
  ...shares,
  asPractitioner: shares.asPractitioner.map(shareAsPractitionerFromWire),
});

export const invitationFromWire = (invitation: DecodedResponseOf<'readInvitation'>): SealedInvitation => ({
  sealedProfile: bytesOf(invitation.sealedProfile),
  expiresAt: invitation.expiresAt,
});

export const invitationToWire = (lookup: string, sealedProfile: Uint8Array) => ({
  lookup,
  sealedProfile: toBase64Url(sealedProfile),
});

export const acceptanceToWire = (acceptance: SealedAcceptance) => ({
  ...acceptance,
  sealedShareKey: toBase64Url(acceptance.sealedShareKey),
  sealedClientLabel: toBase64Url(acceptance.sealedClientLabel),
  authSecret: toBase64Url(acceptance.authSecret),
});

/** Proving the passphrase again, to open a practice. */
export const openPracticeToWire = (authSecret: Uint8Array) => ({ authSecret: toBase64Url(authSecret) });

export const relabelToWire = (shareId: string, sealedClientLabel: Uint8Array) => ({
  shareId,
  sealedClientLabel: toBase64Url(sealedClientLabel),
});

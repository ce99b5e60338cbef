import { describe, expect, it } from 'vitest';
import { toBase64Url } from '@tend/core';
import {
  AcceptInvitationRequest,
  CreateInvitationRequest,
  ReadInvitationResponse,
  RelabelShareRequest,
  SharesResponse,
} from '@tend/contract';
import {
  newInvitation,
  newShareKey,
  openClientLabel,
  openInvitationProfile,
  openShareKey,
  RecordRefusedError,
  sealClientLabel,
  sealInvitationProfile,
  sealShareKey,
} from '@tend/crypto';
import { newId } from '../testing/fixtures.ts';
import {
  acceptanceToWire,
  invitationFromWire,
  invitationToWire,
  relabelToWire,
  sharesFromWire,
} from './wire.ts';

const pair = (await crypto.subtle.generateKey({ name: 'X25519' }, true, ['deriveBits'])) as CryptoKeyPair;
const publicKey = toBase64Url(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
const practitionerId = newId();

describe("the practitioner space's wire", () => {
  it('carries a sealed share key and client name as the contract text, and they open as bytes again', async () => {
    const shareId = newId();
    const shareKey = await newShareKey();
    const sealedShareKey = await sealShareKey(shareKey, publicKey, { shareId, practitionerId });
    const sealedClientLabel = await sealClientLabel(shareKey, shareId, 'Sam');
    const invitation = await newInvitation();

    const acceptance = acceptanceToWire({
      lookup: invitation.lookup,
      shareId,
      sealedShareKey,
      sealedClientLabel,
      authSecret: new Uint8Array(32).fill(5),
    });
    expect(AcceptInvitationRequest.parse(acceptance)).toEqual(acceptance);
    expect(acceptance.authSecret).toBe(toBase64Url(new Uint8Array(32).fill(5)));
    expect(acceptance.sealedShareKey).toBe(toBase64Url(sealedShareKey));
    const relabel = relabelToWire(shareId, sealedClientLabel);
    expect(RelabelShareRequest.parse(relabel)).toEqual(relabel);

    const listed = SharesResponse.parse({
      isPractitioner: true,
      asClient: [],
      asPractitioner: [
        {
          shareId,
          clientId: newId(),
          createdAt: 1,
          sealedShareKey: acceptance.sealedShareKey,
          sealedClientLabel: acceptance.sealedClientLabel,
          clientSeq: 0,
          seenSeq: 0,
        },
      ],
    });
    const [share] = sharesFromWire(listed).asPractitioner;
    expect(share?.sealedShareKey).toEqual(sealedShareKey);
    expect(share?.sealedClientLabel).toEqual(sealedClientLabel);
    const opened = await openShareKey(pair.privateKey, share?.sealedShareKey ?? new Uint8Array(), {
      shareId,
      practitionerId,
    });
    expect(opened.raw).toBe(shareKey.raw);
    expect(await openClientLabel(opened, shareId, share?.sealedClientLabel ?? new Uint8Array())).toBe('Sam');
  });

  it('carries a sealed invitation profile both ways', async () => {
    const invitation = await newInvitation();
    const profile = { practitionerId, name: 'Robin', practice: 'Quiet Rooms', publicKey };
    const sealed = await sealInvitationProfile(invitation, profile);
    const sent = invitationToWire(invitation.lookup, sealed);
    expect(CreateInvitationRequest.parse(sent)).toEqual(sent);
    const answer = ReadInvitationResponse.parse({ sealedProfile: sent.sealedProfile, expiresAt: 9 });
    const read = invitationFromWire(answer);
    expect(read).toEqual({ sealedProfile: sealed, expiresAt: 9 });
    expect(await openInvitationProfile(invitation, read.sealedProfile)).toEqual(profile);
  });

  it('takes only strict base64url from the server: anything else is no bytes, refused when opened', async () => {
    const invitation = await newInvitation();
    const read = invitationFromWire({ sealedProfile: 'not base64url!', expiresAt: 9 });
    expect(read.sealedProfile).toHaveLength(0);
    await expect(openInvitationProfile(invitation, read.sealedProfile)).rejects.toBeInstanceOf(
      RecordRefusedError,
    );
  });
});

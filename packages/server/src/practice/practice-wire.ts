import type { ParsedRequestOf } from '@tend/contract';
import { decodeBytes } from '../encoding.ts';

/*
 * Where the practitioner space's requests give up the wire's text: invitation lookups and profiles,
 * sealed share keys and client names become bytes here, as the routes read them. The use cases and
 * the store hold bytes only; answers become text again in `present-practice.ts`'s allow-list mappers.
 */

export interface InvitationToStore {
  readonly lookup: Uint8Array;
  readonly sealedProfile: Uint8Array;
}

export interface AcceptanceToStore {
  readonly lookup: Uint8Array;
  readonly shareId: string;
  readonly sealedShareKey: Uint8Array;
  readonly sealedClientLabel: Uint8Array;
  readonly authSecret: string;
}

export interface RelabelToStore {
  readonly shareId: string;
  readonly sealedClientLabel: Uint8Array;
}

export const invitationFromWire = (request: ParsedRequestOf<'createInvitation'>): InvitationToStore => ({
  lookup: decodeBytes(request.lookup),
  sealedProfile: decodeBytes(request.sealedProfile),
});

export const lookupFromWire = (request: ParsedRequestOf<'readInvitation'>): Uint8Array =>
  decodeBytes(request.lookup);

export const acceptanceFromWire = (request: ParsedRequestOf<'acceptInvitation'>): AcceptanceToStore => ({
  lookup: decodeBytes(request.lookup),
  shareId: request.shareId,
  sealedShareKey: decodeBytes(request.sealedShareKey),
  sealedClientLabel: decodeBytes(request.sealedClientLabel),
  authSecret: request.authSecret,
});

export const relabelFromWire = (request: ParsedRequestOf<'relabelShare'>): RelabelToStore => ({
  shareId: request.shareId,
  sealedClientLabel: decodeBytes(request.sealedClientLabel),
});

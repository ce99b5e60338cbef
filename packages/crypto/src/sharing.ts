import {
  fromBase64Url,
  parseSharedPayload,
  payloadAuthor,
  practiceLimits,
  toBase64Url,
  utf8,
  type SharedPayload,
} from '@tend/core';
import { hkdf, labels, randomBytes } from './primitives.ts';
import { openVersionedBytes, parseJson, sealVersionedBytes } from './sealed-json.ts';
import { padded, writingFloor } from './padding.ts';
import { RecordRefusedError } from './types.ts';
import { openWithPrivateKey, sealToPublicKey } from './x25519-box.ts';

/**
 * The share key: one random key per connection, held in the client's vault and sealed to the
 * practitioner. `key` seals shared records; `raw` (base64url, 32 bytes) is what the vault keeps.
 */
export interface ShareKey {
  readonly key: CryptoKey;
  readonly raw: string;
}

/** Binds a sealed share key to its share and to the practitioner it was sealed to. */
export interface ShareKeyAd {
  readonly shareId: string;
  readonly practitionerId: string;
}

/** Bound into every shared record's seal: a moved, swapped, re-attributed or rolled-back copy fails. */
export interface SharedAd {
  readonly shareId: string;
  readonly recordId: string;
  readonly author: 'client' | 'practitioner';
  readonly version: number;
}

const keyLength = 32;

export async function newShareKey(): Promise<ShareKey> {
  const raw = randomBytes(keyLength);
  const shareKey = await shareKeyFrom(raw);
  raw.fill(0);
  return shareKey;
}

/** The share key from what the vault keeps; RangeError when it is not 32 bytes of base64url. */
export async function importShareKey(raw: string): Promise<ShareKey> {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(raw);
  } catch {
    throw new RangeError('a share key is base64url');
  }
  if (bytes.length !== keyLength) throw new RangeError('a share key is 32 bytes');
  const shareKey = await shareKeyFrom(bytes);
  bytes.fill(0);
  return shareKey;
}

async function shareKeyFrom(raw: Uint8Array): Promise<ShareKey> {
  const derive = await hkdf(raw);
  return { key: await derive.aesKey(labels.sharedRecordKey), raw: toBase64Url(raw) };
}

/**
 * Ephemeral X25519 with the practitioner's public key, HKDF-SHA-256 over the shared secret (with the
 * ephemeral public key in the info), AES-256-GCM over the raw share key. Only the practitioner's
 * private key opens it, and only for this share and this practitioner. Bytes: they become the wire's
 * text only at the HTTP edge.
 */
export async function sealShareKey(
  shareKey: ShareKey,
  practitionerPublicKey: string,
  ad: ShareKeyAd,
): Promise<Uint8Array> {
  const raw = fromBase64Url(shareKey.raw);
  try {
    return await sealToPublicKey(labels.shareKeySeal, practitionerPublicKey, raw, shareKeyAssociatedData(ad));
  } finally {
    raw.fill(0);
  }
}

/** Opens a sealed share key with the practitioner's sharing private key, or RecordRefusedError. */
export async function openShareKey(
  sharingPrivateKey: CryptoKey,
  sealed: Uint8Array,
  ad: ShareKeyAd,
): Promise<ShareKey> {
  const raw = await openWithPrivateKey(
    labels.shareKeySeal,
    sharingPrivateKey,
    sealed,
    shareKeyAssociatedData(ad),
    'share key',
  );
  if (raw.length !== keyLength) throw new RecordRefusedError('share key has the wrong length');
  const shareKey = await shareKeyFrom(raw);
  raw.fill(0);
  return shareKey;
}

/**
 * Seals a payload the `ad.author` side may write, as bytes (encoded for the wire only at the HTTP
 * edge); RangeError for a payload the other side would refuse.
 */
export async function sealShared(
  shareKey: ShareKey,
  ad: SharedAd,
  payload: SharedPayload,
): Promise<Uint8Array> {
  if (payloadAuthor[payload.type] !== ad.author) {
    throw new RangeError(`${ad.author} does not write ${payload.type}`);
  }
  const checked = parseSharedPayload(payload);
  if (!checked) throw new RangeError('the payload is not a well-formed shared payload');
  return sealVersionedBytes(
    shareKey.key,
    padded(JSON.stringify(checked), writingFloor),
    sharedAssociatedData(ad),
  );
}

/** Opens and checks the payload's shape and that its type belongs to ad.author (payloadAuthor); else RecordRefusedError. */
export async function openShared(
  shareKey: ShareKey,
  ad: SharedAd,
  sealed: Uint8Array,
): Promise<SharedPayload> {
  if (!isVersion(ad.version)) throw new RecordRefusedError('shared record has no valid version');
  const plain = await openVersionedBytes(shareKey.key, sealed, sharedAssociatedData(ad));
  const payload = parseSharedPayload(parseJson(plain));
  if (!payload) throw new RecordRefusedError('shared record holds an unexpected payload');
  if (payloadAuthor[payload.type] !== ad.author) {
    throw new RecordRefusedError('shared record was written by the wrong side');
  }
  return payload;
}

/** The name the client is known by, sealed for the practitioner, as bytes. RangeError when empty or too long. */
export async function sealClientLabel(
  shareKey: ShareKey,
  shareId: string,
  label: string,
): Promise<Uint8Array> {
  if (!isClientLabel(label)) throw new RangeError('a client label is 1 to 200 characters');
  const key = await clientLabelKey(shareKey);
  return sealVersionedBytes(key, padded(JSON.stringify(label)), clientLabelAssociatedData(shareId));
}

export async function openClientLabel(
  shareKey: ShareKey,
  shareId: string,
  sealed: Uint8Array,
): Promise<string> {
  const key = await clientLabelKey(shareKey);
  const label = parseJson(await openVersionedBytes(key, sealed, clientLabelAssociatedData(shareId)));
  if (!isClientLabel(label)) throw new RecordRefusedError('client label is not a name');
  return label;
}

async function clientLabelKey(shareKey: ShareKey): Promise<CryptoKey> {
  const raw = fromBase64Url(shareKey.raw);
  const derive = await hkdf(raw);
  raw.fill(0);
  return derive.aesKey(labels.clientLabelKey);
}

function shareKeyAssociatedData(ad: ShareKeyAd): Uint8Array {
  return utf8.encode(`${labels.shareKeyAd}\u0000${ad.shareId}\u0000${ad.practitionerId}`);
}

function sharedAssociatedData(ad: SharedAd): Uint8Array {
  if (!isVersion(ad.version)) throw new RangeError('record version must be ≥ 1');
  return utf8.encode(
    `${labels.sharedRecordAd}\u0000${ad.shareId}\u0000${ad.recordId}\u0000${ad.author}\u0000${ad.version}`,
  );
}

function clientLabelAssociatedData(shareId: string): Uint8Array {
  return utf8.encode(`${labels.clientLabelAd}\u0000${shareId}`);
}

const isVersion = (version: number): boolean => Number.isInteger(version) && version >= 1;

const isClientLabel = (label: unknown): label is string =>
  typeof label === 'string' && label.trim() !== '' && label.length <= practiceLimits.name;

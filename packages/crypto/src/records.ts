import { parseVaultObject } from '@tend/core';
import { padded, writingFloor } from './padding.ts';
import { copy, gcmSeal, labels } from './primitives.ts';
import { RecordRefusedError, type RecordAd, type VaultKey, type VaultObject } from './types.ts';

/**
 * A sealed record: format version byte, 12-byte nonce, then the AES-256-GCM ciphertext and 16-byte tag.
 * The plaintext is the object's JSON padded with spaces (`padding.ts`); records sealed before padding
 * have none and open the same way, so the format byte did not change.
 */
const formatVersion = 1;
const nonceEnd = 1 + 12;
const tagLength = 16;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

function checkVersion(version: number): void {
  if (!Number.isInteger(version) || version < 1) throw new RangeError('record version must be ≥ 1');
}

/** Owner, record id and version are bound as associated data: a moved, swapped or older copy fails to open. */
function associatedData(ad: RecordAd): Uint8Array<ArrayBuffer> {
  checkVersion(ad.version);
  return encoder.encode(`${labels.recordAd}\u0000${ad.ownerId}\u0000${ad.recordId}\u0000${ad.version}`);
}

/** The sealed record's bytes; they are encoded for the wire only at the HTTP edge. */
export async function sealObject(
  vaultKey: VaultKey,
  ad: RecordAd,
  object: VaultObject,
): Promise<Uint8Array<ArrayBuffer>> {
  if (object.id !== ad.recordId) throw new RangeError('the object id must be the record id');
  const sealed = await gcmSeal(
    vaultKey.key,
    padded(JSON.stringify(object), writingFloor),
    associatedData(ad),
  );
  const out = new Uint8Array(1 + sealed.length);
  out[0] = formatVersion;
  out.set(sealed, 1);
  return out;
}

/** The sealed bytes, checked for the format byte and the shortest length a record can have. */
function sealedBody(sealed: Uint8Array): Uint8Array<ArrayBuffer> {
  if (!(sealed instanceof Uint8Array)) throw new RecordRefusedError('record is not bytes');
  if (sealed[0] !== formatVersion) throw new RecordRefusedError('unknown record format');
  if (sealed.length < nonceEnd + tagLength) throw new RecordRefusedError('record is truncated');
  // WebCrypto copies its inputs when decrypt() is called; a view over a shared buffer is copied here.
  return sealed.buffer instanceof ArrayBuffer ? (sealed as Uint8Array<ArrayBuffer>) : copy(sealed);
}

/** Opens the records of one owner: the owner's part of the associated data is encoded once. */
export function recordOpener(
  vaultKey: VaultKey,
  ownerId: string,
): (recordId: string, version: number, sealed: Uint8Array) => Promise<VaultObject> {
  const prefix = encoder.encode(`${labels.recordAd}\u0000${ownerId}\u0000`);
  let ad = new Uint8Array(prefix.length + 192);
  ad.set(prefix);

  /** The associated data, in the reused buffer; the same bytes as associatedData() makes. */
  function adFor(recordId: string, version: number): Uint8Array<ArrayBuffer> {
    checkVersion(version);
    const rest = `${recordId}\u0000${version}`;
    // UTF-8 takes at most three bytes for each UTF-16 unit.
    if (prefix.length + rest.length * 3 > ad.length) {
      ad = new Uint8Array(prefix.length + rest.length * 3);
      ad.set(prefix);
    }
    const { written } = encoder.encodeInto(rest, ad.subarray(prefix.length));
    return ad.subarray(0, prefix.length + written);
  }

  return async (recordId, version, sealed) => {
    const bytes = sealedBody(sealed);
    let plain: ArrayBuffer;
    try {
      plain = await globalThis.crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: bytes.subarray(1, nonceEnd),
          additionalData: adFor(recordId, version),
          tagLength: 128,
        },
        vaultKey.key,
        bytes.subarray(nonceEnd),
      );
    } catch {
      throw new RecordRefusedError('record does not open: altered, swapped or replayed');
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(decoder.decode(plain));
    } catch {
      throw new RecordRefusedError('record holds no JSON');
    }
    const object = parseVaultObject(parsed);
    if (!object || object.id !== recordId) throw new RecordRefusedError('record holds an unexpected object');
    return object;
  };
}

/** Opens a record or refuses it: never returns something that was altered, swapped or rolled back. */
export function openObject(vaultKey: VaultKey, ad: RecordAd, sealed: Uint8Array): Promise<VaultObject> {
  return recordOpener(vaultKey, ad.ownerId)(ad.recordId, ad.version, sealed);
}

import { fromBase64Url, parseVaultObject, toBase64Url, utf8 } from '@tend/core';
import { gcmOpen, gcmSeal, labels } from './primitives.ts';
import { RecordRefusedError, type RecordAd, type VaultKey, type VaultObject } from './types.ts';

const formatVersion = 1;

/** Owner, record id and version are bound as associated data: a moved, swapped or older copy fails to open. */
function associatedData(ad: RecordAd): Uint8Array {
  if (!Number.isInteger(ad.version) || ad.version < 1) throw new RangeError('record version must be ≥ 1');
  return utf8.encode(`${labels.recordAd}\u0000${ad.ownerId}\u0000${ad.recordId}\u0000${ad.version}`);
}

export async function sealObject(vaultKey: VaultKey, ad: RecordAd, object: VaultObject): Promise<string> {
  if (object.id !== ad.recordId) throw new RangeError('the object id must be the record id');
  const sealed = await gcmSeal(vaultKey.key, utf8.encode(JSON.stringify(object)), associatedData(ad));
  const out = new Uint8Array(1 + sealed.length);
  out[0] = formatVersion;
  out.set(sealed, 1);
  return toBase64Url(out);
}

/** Opens a record or refuses it: never returns something that was altered, swapped or rolled back. */
export async function openObject(vaultKey: VaultKey, ad: RecordAd, ciphertext: string): Promise<VaultObject> {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(ciphertext);
  } catch {
    throw new RecordRefusedError('record is not base64url');
  }
  if (bytes[0] !== formatVersion) throw new RecordRefusedError('unknown record format');
  let plain: Uint8Array;
  try {
    plain = await gcmOpen(vaultKey.key, bytes.subarray(1), associatedData(ad));
  } catch {
    throw new RecordRefusedError('record does not open: altered, swapped or replayed');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(utf8.decode(plain));
  } catch {
    throw new RecordRefusedError('record holds no JSON');
  }
  const object = parseVaultObject(parsed);
  if (!object || object.id !== ad.recordId) throw new RecordRefusedError('record holds an unexpected object');
  return object;
}

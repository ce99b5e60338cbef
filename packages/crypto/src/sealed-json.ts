import { fromBase64Url, toBase64Url, utf8 } from '@tend/core';
import { gcmOpen, gcmSeal } from './primitives.ts';
import { RecordRefusedError } from './types.ts';

/**
 * Sealed JSON for the practitioner space: a leading format-version byte, then AES-256-GCM (nonce,
 * ciphertext, tag). Plaintexts are padded (`padding.ts`).
 */
export const formatVersion = 1;
/** JSON ignores the trailing spaces `padded` added. */
export function parseJson(plain: Uint8Array): unknown {
  try {
    return JSON.parse(utf8.decode(plain));
  } catch {
    throw new RecordRefusedError('sealed data holds no JSON');
  }
}

/** Format byte, nonce, ciphertext and tag, as bytes: what records, tombstones and manifest shards keep. */
export async function sealVersionedBytes(
  key: CryptoKey,
  plain: Uint8Array,
  ad: Uint8Array,
): Promise<Uint8Array> {
  return concat([Uint8Array.of(formatVersion), await gcmSeal(key, plain, ad)]);
}

export async function openVersionedBytes(
  key: CryptoKey,
  sealed: Uint8Array,
  ad: Uint8Array,
): Promise<Uint8Array> {
  if (!(sealed instanceof Uint8Array)) throw new RecordRefusedError('sealed data is not bytes');
  if (sealed[0] !== formatVersion) throw new RecordRefusedError('unknown sealed format');
  try {
    return await gcmOpen(key, sealed.subarray(1), ad);
  } catch {
    throw new RecordRefusedError('sealed data does not open: altered, swapped or replayed');
  }
}

/**
 * The same seal as base64url text, for the fields of the vault's header that are kept as text (the
 * pending recovery code). What travels to the server stays bytes until the HTTP edge.
 */
export async function sealVersioned(key: CryptoKey, plain: Uint8Array, ad: Uint8Array): Promise<string> {
  return toBase64Url(await sealVersionedBytes(key, plain, ad));
}

export async function openVersioned(key: CryptoKey, sealed: string, ad: Uint8Array): Promise<Uint8Array> {
  return openVersionedBytes(key, fromText(sealed), ad);
}

function fromText(sealed: string): Uint8Array {
  try {
    return fromBase64Url(sealed);
  } catch {
    throw new RecordRefusedError('sealed data is not base64url');
  }
}

/** The bytes after the format-version byte, or RecordRefusedError. */
export function versioned(sealed: Uint8Array): Uint8Array {
  if (!(sealed instanceof Uint8Array)) throw new RecordRefusedError('sealed data is not bytes');
  if (sealed[0] !== formatVersion) throw new RecordRefusedError('unknown sealed format');
  return sealed.subarray(1);
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

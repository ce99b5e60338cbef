import { utf8 } from '@tend/core';
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

/**
 * Format byte, nonce, ciphertext and tag, as bytes: what tombstones, manifest shards and the pending
 * recovery code keep. They become the wire's text only at the HTTP edge.
 */
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

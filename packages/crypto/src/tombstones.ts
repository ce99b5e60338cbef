import { utf8 } from '@tend/core';
import { labels } from './primitives.ts';
import { openVersionedBytes, sealVersionedBytes } from './sealed-json.ts';
import { RecordRefusedError, type RecordAd, type VaultKey } from './types.ts';

/**
 * A sealed tombstone: proof that the vault's owner deleted this record at this version. It holds no
 * plaintext; AES-256-GCM's tag over owner, record id and version (with a label of its own, so a
 * record's seal can never pass for one) is the whole point. A server without the vault key cannot make
 * one, so it cannot invent a deletion. Format byte, nonce and tag: 29 bytes.
 */
function tombstoneAd(ad: RecordAd): Uint8Array {
  if (!Number.isInteger(ad.version) || ad.version < 1) throw new RangeError('record version must be ≥ 1');
  return utf8.encode(`${labels.tombstoneAd}\u0000${ad.ownerId}\u0000${ad.recordId}\u0000${ad.version}`);
}

export function sealTombstone(vaultKey: VaultKey, ad: RecordAd): Promise<Uint8Array> {
  return sealVersionedBytes(vaultKey.key, new Uint8Array(0), tombstoneAd(ad));
}

/** Resolves when the tombstone is the owner's for this record and version; else RecordRefusedError. */
export async function openTombstone(vaultKey: VaultKey, ad: RecordAd, sealed: Uint8Array): Promise<void> {
  if (!Number.isInteger(ad.version) || ad.version < 1) throw new RecordRefusedError('no valid version');
  const plain = await openVersionedBytes(vaultKey.key, sealed, tombstoneAd(ad));
  if (plain.length !== 0) throw new RecordRefusedError('a tombstone holds nothing');
}

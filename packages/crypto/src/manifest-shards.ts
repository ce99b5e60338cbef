import { isUuid, utf8 } from '@tend/core';
import { padded, writingFloor } from './padding.ts';
import { labels } from './primitives.ts';
import { openVersionedBytes, parseJson, sealVersionedBytes } from './sealed-json.ts';
import { RecordRefusedError, type RecordAd, type VaultKey } from './types.ts';

/**
 * Record id → the highest version of it the server acknowledged: positive for a record, negative for
 * a deletion (-4: deleted at version 4), so a deletion the owner never made can be told apart.
 */
export type ManifestVersions = ReadonlyMap<string, number>;

/** The largest version a record can have (the server's 32-bit column). */
const maxVersion = 2_147_483_647;

/**
 * A shard of the vault manifest is stored as an ordinary record, so it binds owner, its reserved id and
 * its version like one, under a label of its own: neither can pass for the other.
 */
function shardAd(ad: RecordAd): Uint8Array {
  if (!Number.isInteger(ad.version) || ad.version < 1) throw new RangeError('record version must be ≥ 1');
  return utf8.encode(`${labels.manifestShardAd}\u0000${ad.ownerId}\u0000${ad.recordId}\u0000${ad.version}`);
}

/** Sealed like any record: the JSON padded to a bucket (`padding.ts`), so a shard's size says little. */
export function sealManifestShard(
  vaultKey: VaultKey,
  ad: RecordAd,
  versions: ManifestVersions,
): Promise<Uint8Array> {
  const json = JSON.stringify({ versions: Object.fromEntries(versions) });
  return sealVersionedBytes(vaultKey.key, padded(json, writingFloor), shardAd(ad));
}

function readVersions(parsed: unknown): Map<string, number> {
  const versions =
    typeof parsed === 'object' && parsed !== null && 'versions' in parsed ? parsed.versions : undefined;
  if (typeof versions !== 'object' || versions === null || Array.isArray(versions)) {
    throw new RecordRefusedError('a manifest shard holds no versions');
  }
  const out = new Map<string, number>();
  for (const [id, version] of Object.entries(versions)) {
    const valid = Number.isInteger(version) && version !== 0 && Math.abs(version) <= maxVersion;
    if (!isUuid(id) || !valid) throw new RecordRefusedError('a manifest shard holds an unexpected entry');
    out.set(id, version);
  }
  return out;
}

/** The shard's versions, or RecordRefusedError when it is not the owner's shard at this id and version. */
export async function openManifestShard(
  vaultKey: VaultKey,
  ad: RecordAd,
  sealed: Uint8Array,
): Promise<Map<string, number>> {
  if (!Number.isInteger(ad.version) || ad.version < 1) throw new RecordRefusedError('no valid version');
  return readVersions(parseJson(await openVersionedBytes(vaultKey.key, sealed, shardAd(ad))));
}

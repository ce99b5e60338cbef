import { addsTo, emptyShard, mergeVersions, shardOf, type Manifest } from './manifest.ts';
import type { LocalShard, Refusal, SealedRecord, Sealer } from './ports.ts';

export interface ShardDecision {
  readonly next?: LocalShard;
  readonly refusal?: Refusal;
}

async function tryOpen(sealer: Sealer, remote: SealedRecord, shard: number) {
  if (remote.deleted || remote.ciphertext === null) return null;
  try {
    const versions = await sealer.openShard(remote.id, remote.version, remote.ciphertext);
    // A shard holds only the records whose last byte it is for.
    return [...versions.keys()].every((id) => shardOf(id) === shard) ? versions : null;
  } catch {
    return null;
  }
}

/**
 * A manifest shard the server sent (in a pull, or as the current copy in a conflict): merged into this
 * device's copy, taking the larger version per record, so nothing the device knew is ever forgotten.
 * An older shard than the device saw, or one that does not open, is refused.
 */
export async function takeShard(
  sealer: Sealer,
  manifest: Manifest,
  shard: number,
  remote: SealedRecord,
): Promise<ShardDecision> {
  const local = manifest.get(shard) ?? emptyShard(shard);
  if (remote.version < local.version) return { refusal: { id: remote.id, reason: 'rollback' } };
  if (remote.version === local.version) return {};
  const theirs = await tryOpen(sealer, remote, shard);
  if (!theirs) return { refusal: { id: remote.id, reason: 'unreadable' } };
  const versions = mergeVersions(local.versions, theirs);
  return { next: { shard, version: remote.version, versions, dirty: addsTo(versions, theirs) } };
}

import { intoBatches } from './batches.ts';
import { applyShards, reservedShard, shardRecordId, type Manifest } from './manifest.ts';
import type { LocalShard, Refusal, SealedChange, SealedPushResult, SyncPorts } from './ports.ts';
import { takeShard } from './take-shard.ts';

/** Rounds of push → merge the server's shard → push again; one still conflicting waits for the next sync. */
const maxRounds = 4;

async function settle(
  ports: SyncPorts,
  manifest: Manifest,
  sent: ReadonlyMap<string, LocalShard>,
  result: SealedPushResult,
  refused: Refusal[],
): Promise<LocalShard | undefined> {
  const shard = sent.get(result.id);
  if (!shard) throw new Error('the server answered for a shard this device did not send');
  if (result.status === 'accepted') {
    if (result.version !== shard.version + 1) {
      throw new Error('the server acknowledged a version this device did not send');
    }
    return { ...shard, version: result.version, dirty: false };
  }
  // Another device pushed this shard meanwhile: take the larger version per record and push on top.
  const decision = await takeShard(ports.sealer, manifest, shard.shard, result.current);
  if (decision.refusal) refused.push(decision.refusal);
  return decision.next;
}

/** Pushes each shard that holds versions the server's copy lacks; resolves true when one conflicted. */
async function pushRound(ports: SyncPorts, manifest: Manifest, refused: Refusal[]): Promise<boolean> {
  const skip = new Set(refused.map((r) => reservedShard(r.id)));
  const dirty = [...manifest.values()].filter((s) => s.dirty && !skip.has(s.shard));
  if (!dirty.length) return false;
  const sent = new Map(dirty.map((shard) => [shardRecordId(shard.shard), shard]));
  const changes: SealedChange[] = await Promise.all(
    dirty.map(async (shard) => {
      const id = shardRecordId(shard.shard);
      const ciphertext = await ports.sealer.sealShard(id, shard.version + 1, shard.versions);
      return { id, baseVersion: shard.version, ciphertext };
    }),
  );
  let conflicted = false;
  for (const batch of intoBatches(changes)) {
    const response = await ports.transport.push({ changes: batch });
    const settled = await Promise.all(
      response.results.map((result) => settle(ports, manifest, sent, result, refused)),
    );
    const next = settled.flatMap((shard) => (shard ? [shard] : []));
    conflicted ||= response.results.some((r) => r.status === 'conflict');
    await ports.store.commit([], undefined, next);
    applyShards(manifest, next);
  }
  return conflicted;
}

/**
 * Pushes the manifest's changed shards after the records they describe were acknowledged, so the
 * server's manifest may lag behind its records but never runs ahead of them. Concurrent pushes from
 * two devices merge (larger version per record) and push again.
 */
export async function pushManifest(ports: SyncPorts, manifest: Manifest): Promise<Refusal[]> {
  const refused: Refusal[] = [];
  for (let round = 0; round < maxRounds; round += 1) {
    if (!(await pushRound(ports, manifest, refused))) break;
  }
  return refused;
}

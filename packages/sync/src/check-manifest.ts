import type { LocalRecord, LocalStore, Refusal } from './ports.ts';
import { shardOf, type Manifest } from './manifest.ts';

/** The records to check: every one the manifest lists, or those of the given shards. */
function entriesOf(manifest: Manifest, shards?: ReadonlySet<number>): [string, number][] {
  const chosen = [...manifest.values()].filter((s) => !shards || shards.has(s.shard));
  return chosen.flatMap((shard) => [...shard.versions]);
}

/** The device's copies of these ids: from the records already read, or read now. */
async function heldRecords(store: LocalStore, ids: readonly string[], all?: readonly LocalRecord[]) {
  if (all) return new Map(all.map((r) => [r.id, r]));
  const states = await store.read(ids);
  return new Map(states.flatMap((s) => (s.record ? [[s.record.id, s.record] as const] : [])));
}

function behind(record: LocalRecord | undefined, id: string, entry: number): Refusal | null {
  if (!record) return { id, reason: 'withheld' };
  // A change of this device's own waits to be pushed: the push meets the server's copy and merges.
  if (!record.synced) return null;
  return record.version < Math.abs(entry) ? { id, reason: 'served-older' } : null;
}

/**
 * After a pull has reached the end, every version the manifest lists must be met by the device's
 * copy: a record missing or older was withheld or served old by the server. It is reported, never
 * acted on: everything on the device is kept. The check covers every entry, against `records` (every
 * record the device holds), or only the entries of `shards` (those that just changed).
 */
export async function checkManifest(
  store: LocalStore,
  manifest: Manifest,
  scope: { readonly records: readonly LocalRecord[] } | { readonly shards: ReadonlySet<number> },
): Promise<Refusal[]> {
  const entries = entriesOf(manifest, 'shards' in scope ? scope.shards : undefined);
  if (!entries.length) return [];
  const ids = entries.map(([id]) => id);
  const held = await heldRecords(store, ids, 'records' in scope ? scope.records : undefined);
  return entries.flatMap(([id, version]) => behind(held.get(id), id, version) ?? []);
}

/**
 * A deletion with no tombstone is taken quietly where the device held nothing (those are deletions
 * from before tombstones were sealed). Where the owner's manifest lists the record as a record, not a
 * deletion, the owner never made it: the server is withholding the record behind an invented deletion.
 */
export function checkUnsealedDeletions(
  manifest: Manifest,
  deletions: ReadonlyMap<string, number>,
): Refusal[] {
  return [...deletions.keys()].flatMap((id): Refusal[] => {
    const entry = manifest.get(shardOf(id))?.versions.get(id);
    return entry !== undefined && entry > 0 ? [{ id, reason: 'withheld' }] : [];
  });
}

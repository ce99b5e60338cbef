import type { LocalShard, LocalStore } from './ports.ts';

/**
 * The vault manifest (ARCHITECTURE.md, "The vault manifest"): record id → the highest version the
 * server acknowledged, cut into 256 shards by the record id's last byte, each an ordinary record with
 * a reserved id. This file holds the pure parts; the device's copy lives beside the pull cursor.
 */
export const shardCount = 256;

/** UUIDv8 (RFC 9562's custom version) with the shard number last; no UUIDv7 a device makes looks like it. */
const reservedPrefix = '00000000-0000-8000-8000-0000000000';
const reservedPattern = /^00000000-0000-8000-8000-0000000000([0-9a-f]{2})$/;

export function shardRecordId(shard: number): string {
  return `${reservedPrefix}${shard.toString(16).padStart(2, '0')}`;
}

/** The shard a reserved id names, or undefined for an ordinary record. */
export function reservedShard(id: string): number | undefined {
  const hex = reservedPattern.exec(id)?.[1];
  return hex === undefined ? undefined : Number.parseInt(hex, 16);
}

/** The shard a record's version is kept in: its id's last byte (random in UUIDv7). */
export function shardOf(recordId: string): number {
  return Number.parseInt(recordId.slice(-2), 16);
}

/** This device's manifest while a sync runs, by shard number; changed only after a commit. */
export type Manifest = Map<number, LocalShard>;

export async function loadManifest(store: LocalStore): Promise<Manifest> {
  return new Map((await store.shards()).map((shard) => [shard.shard, shard]));
}

export function emptyShard(shard: number): LocalShard {
  return { shard, version: 0, versions: new Map(), dirty: false };
}

/** Whether this device has ever seen a shard on the server (pulled, or pushed and acknowledged). */
export function hasSeenManifest(manifest: Manifest): boolean {
  return [...manifest.values()].some((shard) => shard.version > 0);
}

/** An entry: the version, negative when the record was deleted at that version. */
export const entryOf = (version: number, deleted: boolean): number => (deleted ? -version : version);

/**
 * Whether entry `a` is ahead of `b` (0 for none): the larger version; at one version a record and a
 * deletion cannot both have been acknowledged, so only tampering makes them meet, and the record wins.
 */
const isAhead = (a: number, b: number): boolean =>
  Math.abs(a) > Math.abs(b) || (Math.abs(a) === Math.abs(b) && a > b);

/** The larger version per id: commutative, associative and idempotent, so any order converges. */
export function mergeVersions(
  a: ReadonlyMap<string, number>,
  b: ReadonlyMap<string, number>,
): Map<string, number> {
  const out = new Map(a);
  for (const [id, entry] of b) if (isAhead(entry, out.get(id) ?? 0)) out.set(id, entry);
  return out;
}

/** Whether `a` holds an entry that `b` lacks or has behind. */
export function addsTo(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  for (const [id, entry] of a) if (isAhead(entry, b.get(id) ?? 0)) return true;
  return false;
}

/**
 * The shards that change when these versions are noted (acknowledged by the server, or taken from it),
 * starting from `pending` where a shard was already changed in the same commit.
 */
export function noteVersions(
  manifest: Manifest,
  heads: Iterable<{ readonly id: string; readonly version: number; readonly deleted: boolean }>,
  pending: ReadonlyMap<number, LocalShard> = new Map(),
): Map<number, LocalShard> {
  const changed = new Map(pending);
  // Each shard's versions are copied once per call, then written in place.
  const copies = new Map<number, Map<string, number>>();
  for (const { id, version, deleted } of heads) {
    if (reservedShard(id) !== undefined) continue;
    const number = shardOf(id);
    const shard = changed.get(number) ?? manifest.get(number) ?? emptyShard(number);
    const entry = entryOf(version, deleted);
    if (!isAhead(entry, shard.versions.get(id) ?? 0)) continue;
    let versions = copies.get(number);
    if (!versions) {
      versions = new Map(shard.versions);
      copies.set(number, versions);
      changed.set(number, { ...shard, versions, dirty: true });
    }
    versions.set(id, entry);
  }
  return changed;
}

/** Puts committed shards into the sync's copy of the manifest. */
export function applyShards(manifest: Manifest, shards: Iterable<LocalShard>): void {
  for (const shard of shards) manifest.set(shard.shard, shard);
}

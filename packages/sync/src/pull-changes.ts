import { maxPullPage } from '@tend/contract';
import { applyShards, loadManifest, noteVersions, reservedShard, type Manifest } from './manifest.ts';
import type { VaultObject } from '@tend/core';
import type {
  AppliedChange,
  LocalShard,
  SealedPullPage,
  RecordState,
  RecordWrite,
  Refusal,
  SealedRecord,
  Sealer,
  SyncPorts,
} from './ports.ts';
import type { Decision } from './decision.ts';
import { reconcilePending, reconcileSynced } from './reconcile.ts';
import { takeShard } from './take-shard.ts';

export interface PullOutcome {
  pulled: number;
  conflicts: number;
  refused: Refusal[];
  /** The manifest shards this pull brought in (newer than the device's), by number. */
  shards: Set<number>;
  /** Whether the server sent any shard at all, new or not. */
  sawManifest: boolean;
  /** Deletions with no tombstone taken where the device held nothing: record id → version. */
  unsealed: Map<string, number>;
}

/** A server that keeps answering `hasMore` without moving on must not keep a device busy forever. */
const maxPages = 10_000;

function decide(ports: SyncPorts, state: RecordState, remote: SealedRecord): Promise<Decision> {
  return state.outbox ? reconcilePending(ports, state, remote) : reconcileSynced(ports, state, remote);
}

/** The manifest shards among a page, merged into this device's copy (not yet committed). */
async function takeShards(
  ports: SyncPorts,
  manifest: Manifest,
  records: readonly SealedRecord[],
  outcome: PullOutcome,
): Promise<Map<number, LocalShard>> {
  const taken = new Map<number, LocalShard>();
  for (const remote of records) {
    const shard = reservedShard(remote.id);
    if (shard === undefined) continue;
    outcome.sawManifest = true;
    const decision = await takeShard(ports.sealer, manifest, shard, remote);
    if (decision.refusal) outcome.refused.push(decision.refusal);
    if (decision.next) taken.set(shard, decision.next);
  }
  return taken;
}

interface Opening {
  readonly id: string;
  readonly version: number;
  readonly object: Promise<VaultObject>;
}

/**
 * Starts opening a page's records as soon as it arrives, while the page before it is still being
 * checked and written (mostly a wait for the disk), and returns a sealer that hands each decision the
 * opening already under way for that very ciphertext, id and version (anything else is opened afresh).
 * Opening needs nothing from the device's state, so it never has to wait for the write before it.
 */
function openAhead(sealer: Sealer, records: readonly SealedRecord[]): Sealer {
  const openings = new WeakMap<Uint8Array, Opening>();
  for (const { id, version, deleted, ciphertext } of records) {
    if (deleted || ciphertext === null || reservedShard(id) !== undefined) continue;
    const object = sealer.open(id, version, ciphertext);
    // A record that does not open is refused when its decision asks for it; until then, no one waits.
    object.catch(() => undefined);
    openings.set(ciphertext, { id, version, object });
  }
  return {
    open(id, version, ciphertext) {
      const opening = openings.get(ciphertext);
      if (opening?.id !== id || opening.version !== version) return sealer.open(id, version, ciphertext);
      return opening.object;
    },
    seal: (id, version, object) => sealer.seal(id, version, object),
    sealTombstone: (id, version) => sealer.sealTombstone(id, version),
    openTombstone: (id, version, sealed) => sealer.openTombstone(id, version, sealed),
    sealShard: (id, version, versions) => sealer.sealShard(id, version, versions),
    openShard: (id, version, sealed) => sealer.openShard(id, version, sealed),
  };
}

/** A page asked for, its records starting to open as soon as it arrives. */
function ask(ports: SyncPorts, after: number): Promise<{ page: SealedPullPage; sealer: Sealer }> {
  return ports.transport
    .pull(after, maxPullPage)
    .then((page) => ({ page, sealer: openAhead(ports.sealer, page.records) }));
}

/**
 * The shards noted but not yet written, while a device with no manifest fills it (see `pullChanges`);
 * null when every page writes the shards it changes.
 */
type Unwritten = Map<number, LocalShard> | null;

async function storePage(
  ports: SyncPorts,
  manifest: Manifest,
  page: readonly SealedRecord[],
  cursor: number,
  outcome: PullOutcome,
  unwritten: Unwritten,
  last: boolean,
) {
  const shards = await takeShards(ports, manifest, page, outcome);
  const records = page.filter((r) => reservedShard(r.id) === undefined);
  const states = await ports.store.read(records.map((r) => r.id));
  const decisions = await Promise.all(
    records.map((remote, i) => decide(ports, states[i] ?? { record: undefined, outbox: undefined }, remote)),
  );
  const writes: RecordWrite[] = [];
  const changes: AppliedChange[] = [];
  decisions.forEach((decision, i) => {
    const state = states[i];
    const remote = records[i];
    if (decision.refusal) outcome.refused.push(decision.refusal);
    if (decision.merged) outcome.conflicts += 1;
    if (decision.unsealed && remote) outcome.unsealed.set(remote.id, remote.version);
    if (!decision.next || !state || !remote) return;
    writes.push({ id: remote.id, expect: state, next: decision.next });
    if (decision.change) changes.push(decision.change);
  });
  // What the device takes as synced is a version the server holds: the manifest notes it in the same
  // transaction, so it never lags behind the records (and a record kept over a refusal is not noted).
  // A deletion with no tombstone is not the owner's word, so it never goes into the manifest here.
  const synced = writes.flatMap((w) =>
    w.next.record?.synced && !outcome.unsealed.has(w.id) ? [w.next.record] : [],
  );
  const noted = noteVersions(manifest, synced, shards);
  // A shard the server sent is written with its page: the cursor passes it, so it is not sent again.
  const holding = unwritten !== null && shards.size === 0 && !last;
  const written = holding ? [] : [...new Map([...(unwritten ?? []), ...noted]).values()];
  // The cursor moves in the same transaction as the records, so a page is never half taken. A write
  // skipped because the screen saved the record meanwhile is not lost: that save is pushed, the server
  // answers with a conflict carrying this same record, and the two merge then.
  const applied = await ports.store.commit(writes, cursor, written);
  applyShards(manifest, noted.values());
  if (holding) for (const [number, shard] of noted) unwritten.set(number, shard);
  else unwritten?.clear();
  for (const shard of shards.keys()) outcome.shards.add(shard);
  const done = new Set(writes.filter((_, i) => applied[i]).map((w) => w.id));
  const visible = changes.filter((c) => done.has(c.id));
  outcome.pulled += visible.length;
  if (visible.length) ports.onApplied?.(visible);
}

/**
 * Pulls every page after the stored cursor, opening and checking each record before it is kept. The
 * manifest's shards are merged into the device's copy on the way (`manifest`, loaded when not given).
 *
 * A device with no manifest yet (a new device's first pull) notes the versions of every page in its
 * copy but writes the shards once, with the last page or a page that brings shards from the server,
 * rather than rewriting every shard with every page. Should the pull stop before that, the stored
 * manifest is still empty, and a sync that finds it empty tops it up from every synced record.
 */
export async function pullChanges(ports: SyncPorts, manifest?: Manifest): Promise<PullOutcome> {
  const book = manifest ?? (await loadManifest(ports.store));
  const unwritten: Unwritten = book.size === 0 ? new Map() : null;
  const outcome: PullOutcome = {
    pulled: 0,
    conflicts: 0,
    refused: [],
    shards: new Set(),
    sawManifest: false,
    unsealed: new Map(),
  };
  let after = await ports.store.cursor();
  let next = ask(ports, after);
  for (let page = 0; page < maxPages; page += 1) {
    const { page: response, sealer } = await next;
    if (response.cursor < after) throw new Error('the server sent a cursor older than the one asked for');
    if (response.records.some((r) => r.seq <= after || r.seq > response.cursor)) {
      throw new Error('the server sent records outside the page it announced');
    }
    // The next page is on its way while this one is opened and written. Only a stored page moves the
    // stored cursor, so if anything fails from here the next pull asks again from the last page kept.
    const more = response.hasMore && response.cursor !== after && page + 1 < maxPages;
    if (more) {
      next = ask(ports, response.cursor);
      // Its failure is seen when it is awaited; one left unawaited (this page failed) is of no matter.
      next.catch(() => undefined);
    }
    await storePage({ ...ports, sealer }, book, response.records, response.cursor, outcome, unwritten, !more);
    if (!response.hasMore) break;
    if (response.cursor === after) throw new Error('the server announced more records but sent none');
    after = response.cursor;
  }
  return outcome;
}

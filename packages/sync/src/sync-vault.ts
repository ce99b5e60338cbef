import { checkManifest, checkUnsealedDeletions } from './check-manifest.ts';
import {
  applyShards,
  hasSeenManifest,
  loadManifest,
  noteVersions,
  shardOf,
  shardRecordId,
  type Manifest,
} from './manifest.ts';
import type { LocalRecord, Refusal, SyncPorts } from './ports.ts';
import { pullChanges } from './pull-changes.ts';
import { pushManifest } from './push-manifest.ts';
import { pushOutbox } from './push-outbox.ts';

export interface SyncResult {
  /** Local changes the server acknowledged. */
  readonly pushed: number;
  /** Records whose local copy changed because of the server (new, newer, merged or deleted). */
  readonly pulled: number;
  /** Local pending changes merged with someone else's change to the same record. */
  readonly conflicts: number;
  /**
   * Records from the server that were not taken (rollback, tampering), and records the manifest says
   * the server withheld or served older; one entry per record.
   */
  readonly refused: readonly Refusal[];
}

export interface SyncOptions {
  /**
   * Top the manifest up from every synced record and check every entry, not only the shards this
   * pull changed (default true). A device does it after a sync that found something behind, so that
   * is checked again. A device whose manifest is empty after its pull (an existing vault's first sync
   * with this version) always does it: that builds the manifest.
   */
  readonly full?: boolean;
}

const uniqueById = (refusals: readonly Refusal[]): Refusal[] => [
  ...new Map(refusals.map((r) => [r.id, r])).values(),
];

/** Whether the manifest lists this record as a record: a deletion of it the device holds is unproven here. */
const listedLive = (manifest: Manifest, id: string): boolean =>
  (manifest.get(shardOf(id))?.versions.get(id) ?? 0) > 0;

/**
 * Notes every synced record's version: builds the manifest of a vault that has none, repairs a lag.
 * A deletion of a record the manifest lists as a record is left out (the device no longer knows whether
 * it had a tombstone): the device that made it pushes it into the manifest itself.
 */
async function topUp(ports: SyncPorts, manifest: Manifest, records: readonly LocalRecord[]): Promise<void> {
  const noted = noteVersions(
    manifest,
    records.filter((r) => r.synced && !(r.deleted && listedLive(manifest, r.id))),
  );
  if (!noted.size) return;
  await ports.store.commit([], undefined, [...noted.values()]);
  applyShards(manifest, noted.values());
}

/** The manifest check after the pull: in full (topped up first), or of the shards the pull changed. */
async function check(ports: SyncPorts, manifest: Manifest, full: boolean, shards: ReadonlySet<number>) {
  if (!full && manifest.size > 0) return checkManifest(ports.store, manifest, { shards });
  // Read once: the top-up and the check need every record.
  const records = await ports.store.records();
  await topUp(ports, manifest, records);
  return checkManifest(ports.store, manifest, { records });
}

/**
 * One sync: pull first, so most concurrent edits merge locally before anything is sent; check the
 * records against the manifest; push the outbox (merging whatever changed on the server in between);
 * then push the manifest's shards that the acknowledged versions changed.
 */
export async function syncVault(ports: SyncPorts, options: SyncOptions = {}): Promise<SyncResult> {
  const manifest = await loadManifest(ports.store);
  const fromStart = (await ports.store.cursor()) === 0;
  const seen = hasSeenManifest(manifest);
  // A device with no manifest is checked in full: a pull of it that stopped midway wrote none.
  const full = (options.full ?? true) || manifest.size === 0;
  const pull = await pullChanges(ports, manifest);
  const behind = [
    ...(await check(ports, manifest, full, pull.shards)),
    ...checkUnsealedDeletions(manifest, pull.unsealed),
  ];
  // A device that saw the manifest and reads the vault from the start again must be sent it.
  const missing: Refusal[] =
    seen && fromStart && !pull.sawManifest ? [{ id: shardRecordId(0), reason: 'manifest-missing' }] : [];
  const push = await pushOutbox(ports, manifest);
  const shards = await pushManifest(ports, manifest);
  return {
    pushed: push.pushed,
    pulled: pull.pulled,
    conflicts: pull.conflicts + push.conflicts,
    refused: uniqueById([...pull.refused, ...behind, ...missing, ...push.refused, ...shards]),
  };
}

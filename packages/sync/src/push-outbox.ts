import { maxPushBatch } from '@tend/contract';
import type {
  AppliedChange,
  RecordState,
  RecordWrite,
  Refusal,
  SealedChange,
  SealedPushResult,
  Sealer,
  SyncPorts,
} from './ports.ts';
import { intoBatches } from './batches.ts';
import { applyShards, loadManifest, noteVersions, type Manifest } from './manifest.ts';
import { reconcilePending } from './reconcile.ts';
import { pendingChange, syncedState } from './record-state.ts';

export interface PushOutcome {
  pushed: number;
  conflicts: number;
  refused: Refusal[];
}

/** Rounds of push → merge conflicts → push again; a record that keeps conflicting waits for the next sync. */
const maxRounds = 4;

interface Sent {
  readonly change: SealedChange;
  readonly state: RecordState;
}

async function settle(ports: SyncPorts, sent: Sent, result: SealedPushResult, outcome: PushOutcome) {
  if (result.status === 'accepted') {
    const record = sent.state.record;
    if (!record || result.version !== record.version) {
      throw new Error('the server acknowledged a version this device did not send');
    }
    outcome.pushed += 1;
    const next = syncedState(record);
    return { write: { id: record.id, expect: sent.state, next } };
  }
  const decision = await reconcilePending(ports, sent.state, result.current);
  if (decision.refusal) outcome.refused.push(decision.refusal);
  if (decision.merged) outcome.conflicts += 1;
  if (!decision.next) return {};
  const write: RecordWrite = { id: result.id, expect: sent.state, next: decision.next };
  return decision.change ? { write, change: decision.change } : { write };
}

/**
 * The change to send for a pending state. A deletion carries the owner's sealed tombstone for the
 * version the server will store it at, sealed afresh for each push (the server knows a retried
 * deletion by its being one, not by its bytes).
 */
async function toSend(sealer: Sealer, state: RecordState): Promise<Sent | null> {
  const change = pendingChange(state);
  if (!change || !('deleted' in change)) return change ? { change, state } : null;
  const tombstone = await sealer.sealTombstone(change.id, change.baseVersion + 1);
  return { change: { ...change, tombstone }, state };
}

/** Pushes one batch; resolves true when something in it needs another push (merged, or saved meanwhile). */
async function pushBatch(
  ports: SyncPorts,
  manifest: Manifest,
  batch: readonly Sent[],
  outcome: PushOutcome,
): Promise<boolean> {
  const response = await ports.transport.push({ changes: batch.map((s) => s.change) });
  const byId = new Map(batch.map((s) => [s.change.id, s]));
  const settled = await Promise.all(
    response.results.map((result) => {
      const sent = byId.get(result.id);
      if (!sent) throw new Error('the server answered for a record this device did not send');
      return settle(ports, sent, result, outcome);
    }),
  );
  const writes = settled.flatMap((s) => (s.write ? [s.write] : []));
  if (!writes.length) return false;
  // Only now, with the server's acknowledgement, does the manifest note a version: in the same
  // transaction, whether or not a save meanwhile re-queued the record (the server holds it either way).
  const accepted = response.results.flatMap((r) =>
    r.status === 'accepted' ? [{ ...r, deleted: 'deleted' in (byId.get(r.id)?.change ?? {}) }] : [],
  );
  const noted = noteVersions(manifest, accepted);
  // Compare-and-set: an entry re-queued by a save during the push stays queued, with its newer content.
  const applied = await ports.store.commit(writes, undefined, [...noted.values()]);
  applyShards(manifest, noted.values());
  const done = new Set(writes.filter((_, i) => applied[i]).map((w) => w.id));
  const changes: AppliedChange[] = settled.flatMap((s) =>
    s.change && done.has(s.change.id) ? [s.change] : [],
  );
  if (changes.length) ports.onApplied?.(changes);
  return writes.some((w, i) => !applied[i] || w.next.outbox !== undefined);
}

async function pushRound(
  ports: SyncPorts,
  manifest: Manifest,
  skip: ReadonlySet<string>,
  outcome: PushOutcome,
): Promise<boolean> {
  const entries = (await ports.store.outbox()).filter((e) => !skip.has(e.id));
  let again = false;
  for (let start = 0; start < entries.length; start += maxPushBatch) {
    const ids = entries.slice(start, start + maxPushBatch).map((e) => e.id);
    const states = await ports.store.read(ids);
    // Deletions go first: they free room on the server, so an account that is full can still sync them.
    const sent = (await Promise.all(states.map((state) => toSend(ports.sealer, state))))
      .flatMap((s) => (s ? [s] : []))
      .sort((a, b) => Number('deleted' in b.change) - Number('deleted' in a.change));
    for (const batch of intoBatches(sent.map((s) => s.change))) {
      const inBatch = new Set(batch.map((c) => c.id));
      const needsAnotherRound = await pushBatch(
        ports,
        manifest,
        sent.filter((s) => inBatch.has(s.change.id)),
        outcome,
      );
      again ||= needsAnotherRound;
    }
  }
  return again;
}

/**
 * Pushes the outbox in batches, merging conflicts and pushing the merged result again. Acknowledged
 * versions go into the manifest's shards (`manifest`, loaded when not given), to be pushed after.
 */
export async function pushOutbox(ports: SyncPorts, manifest?: Manifest): Promise<PushOutcome> {
  const book = manifest ?? (await loadManifest(ports.store));
  const outcome: PushOutcome = { pushed: 0, conflicts: 0, refused: [] };
  for (let round = 0; round < maxRounds; round += 1) {
    const skip = new Set(outcome.refused.map((r) => r.id));
    if (!(await pushRound(ports, book, skip, outcome))) break;
  }
  return outcome;
}

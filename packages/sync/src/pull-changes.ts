import { maxPullPage, type ServerRecord } from '@tend/contract';
import type { AppliedChange, RecordState, RecordWrite, Refusal, SyncPorts } from './ports.ts';
import { reconcilePending, reconcileSynced, type Decision } from './reconcile.ts';

export interface PullOutcome {
  pulled: number;
  conflicts: number;
  refused: Refusal[];
}

/** A server that keeps answering `hasMore` without moving on must not keep a device busy forever. */
const maxPages = 10_000;

function decide(ports: SyncPorts, state: RecordState, remote: ServerRecord): Promise<Decision> {
  return state.outbox ? reconcilePending(ports, state, remote) : reconcileSynced(ports, state, remote);
}

async function storePage(
  ports: SyncPorts,
  records: readonly ServerRecord[],
  cursor: number,
  outcome: PullOutcome,
) {
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
    if (!decision.next || !state || !remote) return;
    writes.push({ id: remote.id, expect: state, next: decision.next });
    if (decision.change) changes.push(decision.change);
  });
  // The cursor moves in the same transaction as the records, so a page is never half taken. A write
  // skipped because the screen saved the record meanwhile is not lost: that save is pushed, the server
  // answers with a conflict carrying this same record, and the two merge then.
  const applied = await ports.store.commit(writes, cursor);
  const done = new Set(writes.filter((_, i) => applied[i]).map((w) => w.id));
  const visible = changes.filter((c) => done.has(c.id));
  outcome.pulled += visible.length;
  if (visible.length) ports.onApplied?.(visible);
}

/** Pulls every page after the stored cursor, opening and checking each record before it is kept. */
export async function pullChanges(ports: SyncPorts): Promise<PullOutcome> {
  const outcome: PullOutcome = { pulled: 0, conflicts: 0, refused: [] };
  let after = await ports.store.cursor();
  for (let page = 0; page < maxPages; page += 1) {
    const response = await ports.transport.pull(after, maxPullPage);
    if (response.cursor < after) throw new Error('the server sent a cursor older than the one asked for');
    if (response.records.some((r) => r.seq <= after || r.seq > response.cursor)) {
      throw new Error('the server sent records outside the page it announced');
    }
    await storePage(ports, response.records, response.cursor, outcome);
    if (!response.hasMore) break;
    if (response.cursor === after) throw new Error('the server announced more records but sent none');
    after = response.cursor;
  }
  return outcome;
}

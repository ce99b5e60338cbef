import type { ShareAuthor, SharedWriteResult } from '@tend/contract';
import { presentSharedRecord } from './present-practice.ts';
import type { ShareTotals, StoredSharedRecord } from './shared-record-repository.ts';

/** One change of a writeShared batch, decoded: a null ciphertext removes the record. */
export interface IncomingSharedChange {
  readonly id: string;
  readonly baseVersion: number;
  readonly ciphertext: Uint8Array | null;
}

export interface SharedWritePlan {
  readonly results: SharedWriteResult[];
  /** Rows to insert or replace, one per id. */
  readonly writes: StoredSharedRecord[];
  /** Ids to delete. */
  readonly removals: string[];
  /** The share's sequence after the batch; each accepted write or removal takes the next number. */
  readonly lastSeq: number;
  /** Records and bytes the share holds after the batch. */
  readonly totals: ShareTotals;
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(b);

type Decision =
  | { readonly kind: 'write'; readonly version: number; readonly ciphertext: Uint8Array }
  | { readonly kind: 'remove' }
  | { readonly kind: 'answer'; readonly result: SharedWriteResult };

/**
 * The write rule for one change, pure. Nobody edits or removes the other side's words. A change
 * applies on top of the version it was made from (a missing record has none: only a new write with
 * base 0 applies to it); a retry of a write that was already stored is answered as before, like a push.
 */
function decide(
  current: StoredSharedRecord | undefined,
  change: IncomingSharedChange,
  author: ShareAuthor,
): Decision {
  const { id } = change;
  if (current && current.author !== author) return { kind: 'answer', result: { id, status: 'not-yours' } };
  if (change.ciphertext === null) {
    if (current?.version === change.baseVersion) return { kind: 'remove' };
    return {
      kind: 'answer',
      result: { id, status: 'conflict', current: current ? presentSharedRecord(current) : null },
    };
  }
  if ((current?.version ?? 0) === change.baseVersion) {
    return { kind: 'write', version: change.baseVersion + 1, ciphertext: change.ciphertext };
  }
  if (
    current &&
    current.version === change.baseVersion + 1 &&
    sameBytes(current.ciphertext, change.ciphertext)
  ) {
    return { kind: 'answer', result: { id, status: 'accepted', version: current.version, seq: current.seq } };
  }
  return {
    kind: 'answer',
    result: { id, status: 'conflict', current: current ? presentSharedRecord(current) : null },
  };
}

/**
 * Decides a whole batch in memory, in order, against what the share holds: each accepted write or
 * removal takes the next sequence number and becomes what the next change to the same id meets.
 */
export function planSharedWrites(
  held: ReadonlyMap<string, StoredSharedRecord>,
  totals: ShareTotals,
  incoming: readonly IncomingSharedChange[],
  author: ShareAuthor,
  firstSeq: number,
  now: number,
): SharedWritePlan {
  const current = new Map<string, StoredSharedRecord | null>(held);
  const results: SharedWriteResult[] = [];
  let seq = firstSeq;
  for (const change of incoming) {
    const decision = decide(current.get(change.id) ?? undefined, change, author);
    if (decision.kind === 'answer') {
      results.push(decision.result);
    } else if (decision.kind === 'remove') {
      seq += 1;
      current.set(change.id, null);
      results.push({ id: change.id, status: 'removed' });
    } else {
      seq += 1;
      const { version, ciphertext } = decision;
      const record = { id: change.id, author, version, seq, ciphertext, updatedAt: now };
      current.set(change.id, record);
      results.push({ id: change.id, status: 'accepted', version: record.version, seq });
    }
  }
  return { results, ...outcome(held, totals, current), lastSeq: seq };
}

/** The rows that changed, and what the share holds once they are applied. */
function outcome(
  held: ReadonlyMap<string, StoredSharedRecord>,
  totals: ShareTotals,
  final: ReadonlyMap<string, StoredSharedRecord | null>,
): Pick<SharedWritePlan, 'writes' | 'removals' | 'totals'> {
  const writes: StoredSharedRecord[] = [];
  const removals: string[] = [];
  let { count, bytes } = totals;
  for (const [id, record] of final) {
    const before = held.get(id);
    if (record === before) continue;
    if (before) {
      count -= 1;
      bytes -= before.ciphertext.byteLength;
    }
    if (record) {
      writes.push(record);
      count += 1;
      bytes += record.ciphertext.byteLength;
    } else if (before) {
      removals.push(id);
    }
  }
  return { writes, removals, totals: { count, bytes } };
}

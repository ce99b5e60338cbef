import type { ShareAuthor, SharedWriteResult } from '@tend/contract';
import { bodiesNeeded } from '../paging/bodies-needed.ts';
import { presentSharedRecord } from './present-practice.ts';
import type { SharedRecordHead, ShareTotals, StoredSharedRecord } from './shared-record-repository.ts';

/** One change of a writeShared batch, decoded: a null ciphertext removes the record. */
export interface IncomingSharedChange {
  readonly id: string;
  readonly baseVersion: number;
  readonly ciphertext: Uint8Array | null;
}

/** A shared record's head, with its bytes once they were read (`undefined` when they were not). */
export interface KnownSharedRecord extends SharedRecordHead {
  readonly ciphertext: Uint8Array | undefined;
}

export interface SharedWritePlan {
  /** One per change answered, in order; changes after the first that waits are not answered. */
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

type Decision =
  | { readonly kind: 'write'; readonly version: number; readonly ciphertext: Uint8Array }
  | { readonly kind: 'remove' }
  | { readonly kind: 'answer'; readonly result: SharedWriteResult }
  /** The answer needs stored bytes that were not read: the change waits for another request. */
  | { readonly kind: 'unread' };

function conflict(id: string, current: KnownSharedRecord | undefined): Decision {
  if (!current) return { kind: 'answer', result: { id, status: 'conflict', current: null } };
  const { ciphertext } = current;
  if (!ciphertext) return { kind: 'unread' };
  return {
    kind: 'answer',
    result: { id, status: 'conflict', current: presentSharedRecord({ ...current, ciphertext }) },
  };
}

/**
 * The write rule for one change, pure. Nobody edits or removes the other side's words. A change
 * applies on top of the version it was made from (a missing record has none: only a new write with
 * base 0 applies to it); a retry of a write that was already stored is answered as before, like a push.
 */
function decide(
  current: KnownSharedRecord | undefined,
  change: IncomingSharedChange,
  author: ShareAuthor,
): Decision {
  const { id, ciphertext } = change;
  if (current && current.author !== author) return { kind: 'answer', result: { id, status: 'not-yours' } };
  if (ciphertext === null) {
    return current?.version === change.baseVersion ? { kind: 'remove' } : conflict(id, current);
  }
  if ((current?.version ?? 0) === change.baseVersion) {
    return { kind: 'write', version: change.baseVersion + 1, ciphertext };
  }
  if (current && current.version === change.baseVersion + 1 && current.size === ciphertext.byteLength) {
    if (!current.ciphertext) return { kind: 'unread' };
    if (Buffer.from(current.ciphertext).equals(ciphertext)) {
      return {
        kind: 'answer',
        result: { id, status: 'accepted', version: current.version, seq: current.seq },
      };
    }
  }
  return conflict(id, current);
}

/** Which stored records' bytes a shared write needs (`bodiesNeeded`); the other side's need none. */
export const sharedBodiesToRead = (
  heads: ReadonlyMap<string, SharedRecordHead>,
  incoming: readonly IncomingSharedChange[],
  author: ShareAuthor,
  maxBytes: number,
): string[] => bodiesNeeded(heads, incoming, maxBytes, (head) => head.author !== author);

/** Heads with the bytes that were read. */
export function knownSharedRecords(
  heads: ReadonlyMap<string, SharedRecordHead>,
  bodies: ReadonlyMap<string, Uint8Array>,
): Map<string, KnownSharedRecord> {
  return new Map([...heads].map(([id, head]) => [id, { ...head, ciphertext: bodies.get(id) }]));
}

/**
 * Decides a whole batch in memory, in order, against what the share holds: each accepted write or
 * removal takes the next sequence number and becomes what the next change to the same id meets. It
 * stops at the first change that needs bytes that were not read.
 */
export function planSharedWrites(
  held: ReadonlyMap<string, KnownSharedRecord>,
  totals: ShareTotals,
  incoming: readonly IncomingSharedChange[],
  author: ShareAuthor,
  firstSeq: number,
  now: number,
): SharedWritePlan {
  const current = new Map<string, KnownSharedRecord | null>(held);
  const results: SharedWriteResult[] = [];
  let seq = firstSeq;
  for (const change of incoming) {
    const decision = decide(current.get(change.id) ?? undefined, change, author);
    if (decision.kind === 'unread') break;
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
      current.set(change.id, { ...record, size: ciphertext.byteLength });
      results.push({ id: change.id, status: 'accepted', version: record.version, seq });
    }
  }
  return { results, ...outcome(held, totals, current), lastSeq: seq };
}

/** The rows that changed, and what the share holds once they are applied. */
function outcome(
  held: ReadonlyMap<string, KnownSharedRecord>,
  totals: ShareTotals,
  final: ReadonlyMap<string, KnownSharedRecord | null>,
): Pick<SharedWritePlan, 'writes' | 'removals' | 'totals'> {
  const writes: StoredSharedRecord[] = [];
  const removals: string[] = [];
  let { count, bytes } = totals;
  for (const [id, record] of final) {
    const before = held.get(id);
    if (record === before) continue;
    if (before) {
      count -= 1;
      bytes -= before.size;
    }
    if (record?.ciphertext) {
      const { id: recordId, author, version, seq, ciphertext, updatedAt } = record;
      writes.push({ id: recordId, author, version, seq, ciphertext, updatedAt });
      count += 1;
      bytes += record.size;
    } else if (before) {
      removals.push(id);
    }
  }
  return { writes, removals, totals: { count, bytes } };
}

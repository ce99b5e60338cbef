import type { PushResult } from '@tend/contract';
import { bodiesNeeded } from '../paging/bodies-needed.ts';
import { decidePush, isDeletion, type IncomingChange, type KnownRecord } from './decide-push.ts';
import { presentRecord } from './present-record.ts';
import type { RecordHead, StoredRecord } from './record-repository.ts';

export interface PushPlan {
  /** One per change answered, in order; changes after the first that waits are not answered. */
  readonly results: PushResult[];
  /** The rows to store, one per id (a later change to an id in the batch supersedes an earlier one). */
  readonly writes: StoredRecord[];
  /** The owner's sequence after the batch. */
  readonly lastSeq: number;
}

/**
 * Which stored records' bytes a push needs (`bodiesNeeded`). A tombstone from before tombstones were
 * sealed has none; a sealed one is read like any record, so a conflict answers with it.
 */
export const bodiesToRead = (
  heads: ReadonlyMap<string, RecordHead>,
  incoming: readonly IncomingChange[],
  maxBytes: number,
): string[] => bodiesNeeded(heads, incoming, maxBytes, isUnsealedTombstone);

const isUnsealedTombstone = (head: RecordHead): boolean => head.deleted && head.size === 0;

/** Heads with the bytes that were read; an unsealed tombstone's are known to be none. */
export function knownRecords(
  heads: ReadonlyMap<string, RecordHead>,
  bodies: ReadonlyMap<string, Uint8Array>,
): Map<string, KnownRecord> {
  return new Map(
    [...heads].map(([id, head]) => [
      id,
      { ...head, ciphertext: isUnsealedTombstone(head) ? null : bodies.get(id) },
    ]),
  );
}

/**
 * Decides a whole batch in memory, in order, against what the server holds: each accepted write takes
 * the next sequence number and becomes what the next change to the same id is checked against. It
 * stops at the first change that needs bytes that were not read (the client sends it again).
 */
export function planPush(
  held: ReadonlyMap<string, KnownRecord>,
  incoming: readonly IncomingChange[],
  firstSeq: number,
): PushPlan {
  const current = new Map(held);
  const writes = new Map<string, StoredRecord>();
  const results: PushResult[] = [];
  let seq = firstSeq;
  for (const change of incoming) {
    const decision = decidePush(current.get(change.id), change);
    if (decision.kind === 'unread') break;
    if (decision.kind === 'conflict') {
      results.push({ id: change.id, status: 'conflict', current: presentRecord(decision.current) });
    } else if (decision.kind === 'already-applied') {
      const { version, seq: storedSeq } = decision.current;
      results.push({ id: change.id, status: 'accepted', version, seq: storedSeq });
    } else {
      seq += 1;
      const { ciphertext } = change;
      const record = {
        id: change.id,
        version: decision.version,
        seq,
        ciphertext,
        deleted: isDeletion(change),
      };
      current.set(change.id, { ...record, size: ciphertext?.byteLength ?? 0 });
      writes.set(change.id, record);
      results.push({ id: change.id, status: 'accepted', version: record.version, seq });
    }
  }
  return { results, writes: [...writes.values()], lastSeq: seq };
}

/**
 * How the owner's counted bytes change when `writes` replace what `heads` hold. Tombstones count for
 * nothing (a sealed one is 29 bytes), so deleting always makes room, even in a full account.
 */
export function storageDelta(
  heads: ReadonlyMap<string, RecordHead>,
  writes: readonly StoredRecord[],
): number {
  return writes.reduce((delta, write) => {
    const head = heads.get(write.id);
    const before = head && !head.deleted ? head.size : 0;
    const after = write.deleted ? 0 : (write.ciphertext?.byteLength ?? 0);
    return delta + after - before;
  }, 0);
}

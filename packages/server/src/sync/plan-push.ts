import type { PushResult } from '@tend/contract';
import { bodiesNeeded } from '../paging/bodies-needed.ts';
import { decidePush, type IncomingChange, type KnownRecord } from './decide-push.ts';
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

/** Which stored records' bytes a push needs (`bodiesNeeded`); a tombstone has none. */
export const bodiesToRead = (
  heads: ReadonlyMap<string, RecordHead>,
  incoming: readonly IncomingChange[],
  maxBytes: number,
): string[] => bodiesNeeded(heads, incoming, maxBytes, (head) => head.deleted);

/** Heads with the bytes that were read; a tombstone's bytes are known to be none. */
export function knownRecords(
  heads: ReadonlyMap<string, RecordHead>,
  bodies: ReadonlyMap<string, Uint8Array>,
): Map<string, KnownRecord> {
  return new Map(
    [...heads].map(([id, head]) => [id, { ...head, ciphertext: head.deleted ? null : bodies.get(id) }]),
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
      const record = { id: change.id, version: decision.version, seq, ciphertext, deleted: !ciphertext };
      current.set(change.id, { ...record, size: ciphertext?.byteLength ?? 0 });
      writes.set(change.id, record);
      results.push({ id: change.id, status: 'accepted', version: record.version, seq });
    }
  }
  return { results, writes: [...writes.values()], lastSeq: seq };
}

/** How the owner's stored bytes change when `writes` replace what `heads` hold. */
export function storageDelta(
  heads: ReadonlyMap<string, RecordHead>,
  writes: readonly StoredRecord[],
): number {
  return writes.reduce(
    (delta, write) => delta + (write.ciphertext?.byteLength ?? 0) - (heads.get(write.id)?.size ?? 0),
    0,
  );
}

import type { PushResult } from '@tend/contract';
import { decidePush, type IncomingChange } from './decide-push.ts';
import { presentRecord } from './present-record.ts';
import type { StoredRecord } from './record-repository.ts';

export interface PushPlan {
  readonly results: PushResult[];
  /** The rows to store, one per id (a later change to an id in the batch supersedes an earlier one). */
  readonly writes: StoredRecord[];
  /** The owner's sequence after the batch. */
  readonly lastSeq: number;
}

/**
 * Decides a whole batch in memory, in order, against what the server holds: each accepted write takes
 * the next sequence number and becomes what the next change to the same id is checked against.
 */
export function planPush(
  held: ReadonlyMap<string, StoredRecord>,
  incoming: readonly IncomingChange[],
  firstSeq: number,
): PushPlan {
  const current = new Map(held);
  const writes = new Map<string, StoredRecord>();
  const results: PushResult[] = [];
  let seq = firstSeq;
  for (const change of incoming) {
    const decision = decidePush(current.get(change.id), change);
    if (decision.kind === 'conflict') {
      results.push({ id: change.id, status: 'conflict', current: presentRecord(decision.current) });
    } else if (decision.kind === 'already-applied') {
      results.push({
        id: change.id,
        status: 'accepted',
        version: decision.current.version,
        seq: decision.current.seq,
      });
    } else {
      seq += 1;
      const record = {
        id: change.id,
        version: decision.version,
        seq,
        ciphertext: change.ciphertext,
        deleted: change.ciphertext === null,
      };
      current.set(change.id, record);
      writes.set(change.id, record);
      results.push({ id: change.id, status: 'accepted', version: record.version, seq });
    }
  }
  return { results, writes: [...writes.values()], lastSeq: seq };
}

import type { PullResponse } from '@tend/contract';
import type { RecordRepository } from './record-repository.ts';
import { presentRecord } from './present-record.ts';

/** A page of the owner's records changed after `after` (tombstones included), in sequence order. */
export async function pullChanges(
  deps: { records: RecordRepository },
  ownerId: string,
  after: number,
  limit: number,
): Promise<PullResponse> {
  // One extra row tells whether another page follows.
  const rows = await deps.records.listAfter(ownerId, after, limit + 1);
  const page = rows.slice(0, limit);
  return {
    records: page.map(presentRecord),
    cursor: page.at(-1)?.seq ?? after,
    hasMore: rows.length > limit,
  };
}

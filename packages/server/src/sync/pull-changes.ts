import { maxPageBytes, type PullResponse } from '@tend/contract';
import type { RecordRepository } from './record-repository.ts';
import { presentRecord } from './present-record.ts';

/**
 * A page of the owner's records changed after `after` (tombstones included), in sequence order: at
 * most `limit` records and one page of bytes, so one pull never holds more than one page in memory.
 */
export async function pullChanges(
  deps: { records: RecordRepository },
  ownerId: string,
  after: number,
  limit: number,
): Promise<PullResponse> {
  const page = await deps.records.listPage(ownerId, after, limit, maxPageBytes);
  return { records: page.records.map(presentRecord), cursor: page.cursor, hasMore: page.hasMore };
}

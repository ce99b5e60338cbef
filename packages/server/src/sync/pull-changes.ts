import { maxPullBytes } from '@tend/contract';
import { bytesOf, readAsJson, type StreamedPage } from '../paging/streamed-page.ts';
import { recordJson } from './present-record.ts';
import type { RecordRepository } from './record-repository.ts';

/**
 * A page of the owner's records changed after `after` (tombstones included), in sequence order: at
 * most `limit` records and `maxPullBytes` of ciphertext, cut from sizes alone and then read a span at
 * a time, so a pull never holds more than a span of ciphertext and never takes the event loop for long.
 */
export async function pullChanges(
  deps: { records: RecordRepository },
  ownerId: string,
  after: number,
  limit: number,
): Promise<StreamedPage> {
  const page = await deps.records.planPage(ownerId, after, limit, maxPullBytes);
  const read = (span: Parameters<RecordRepository['readSpan']>[1]) => deps.records.readSpan(ownerId, span);
  return {
    cursor: page.cursor,
    hasMore: page.hasMore,
    bytes: bytesOf(page.rows),
    records: readAsJson(page.rows, after, read, recordJson),
  };
}

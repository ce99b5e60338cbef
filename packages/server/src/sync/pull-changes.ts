import { maxPageBytes } from '@tend/contract';
import { readBySpans, spansOf } from '../paging/plan-page.ts';
import { recordJson } from './present-record.ts';
import type { RecordRepository, StoredRecord } from './record-repository.ts';

/** The ciphertext read (and written out) at a time while a page is answered. */
export const spanBytes = 256 * 1024;

/** A page of a pull: where it ends and the records' JSON, read span by span as it is sent. */
export interface PullPage {
  readonly cursor: number;
  readonly hasMore: boolean;
  readonly records: AsyncIterable<Iterable<string>>;
}

async function* present(records: AsyncIterable<StoredRecord>) {
  for await (const record of records) yield recordJson(record);
}

/**
 * A page of the owner's records changed after `after` (tombstones included), in sequence order: at
 * most `limit` records and one page of bytes, cut from sizes alone and then read a span at a time,
 * so a pull never holds more than a span of ciphertext and never takes the event loop for long.
 */
export async function pullChanges(
  deps: { records: RecordRepository },
  ownerId: string,
  after: number,
  limit: number,
): Promise<PullPage> {
  const page = await deps.records.planPage(ownerId, after, limit, maxPageBytes);
  const spans = spansOf(page.rows, after, spanBytes);
  const records = readBySpans(spans, (span) => deps.records.readSpan(ownerId, span));
  return { cursor: page.cursor, hasMore: page.hasMore, records: present(records) };
}

import { spansOf, type RowSize, type Span } from './plan-page.ts';

/** The ciphertext read (and written out) at a time while a page is answered. */
export const spanBytes = 256 * 1024;

/** A page as it is answered: where it ends, and its records' JSON, read a span at a time as it is sent. */
export interface StreamedPage {
  readonly cursor: number;
  readonly hasMore: boolean;
  /** The ciphertext the page carries, as planned from the rows' sizes. */
  readonly bytes: number;
  readonly records: AsyncIterable<Iterable<string>>;
}

/**
 * The records of a planned page (rows after `after`), read span by span with `read` and given as
 * the JSON fragments `json` makes of each: no more than a span of ciphertext is held at once.
 */
export async function* readAsJson<T>(
  rows: readonly RowSize[],
  after: number,
  read: (span: Span) => Promise<readonly T[]>,
  json: (record: T) => Iterable<string>,
): AsyncGenerator<Iterable<string>> {
  for (const span of spansOf(rows, after, spanBytes)) {
    for (const record of await read(span)) yield json(record);
  }
}

/** The ciphertext bytes of a planned page's rows. */
export const bytesOf = (rows: readonly RowSize[]): number => rows.reduce((sum, row) => sum + row.size, 0);

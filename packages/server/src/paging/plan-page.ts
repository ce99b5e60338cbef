/** What a page is cut from: each row's place in the sequence and the bytes it carries. */
export interface RowSize {
  readonly seq: number;
  readonly size: number;
}

export interface PagePlan {
  /** How many of the rows the page takes (0 only when there are none). */
  readonly take: number;
  /** The seq of the last row taken: the next page starts after it. */
  readonly lastSeq: number | undefined;
  readonly hasMore: boolean;
}

/**
 * Cuts a page from rows in seq order (the caller read at most `limit + 1`, sizes only): at most
 * `limit` rows and `maxBytes`, but always the first row, so a record larger than the budget still
 * travels and the reader always moves on.
 */
export function planPage(rows: readonly RowSize[], limit: number, maxBytes: number): PagePlan {
  let take = 0;
  let bytes = 0;
  for (const row of rows) {
    if (take >= limit || (take > 0 && bytes + row.size > maxBytes)) break;
    take += 1;
    bytes += row.size;
  }
  return { take, lastSeq: rows[take - 1]?.seq, hasMore: take < rows.length };
}

/**
 * Picks, in order, the rows whose bodies fit a budget: always the first, then each while the total
 * stays within `maxBytes`. Used where an answer carries stored bodies (conflicts): what does not fit
 * is left for the next request.
 */
export function withinBudget<T extends { readonly size: number }>(rows: readonly T[], maxBytes: number): T[] {
  const picked: T[] = [];
  let bytes = 0;
  for (const row of rows) {
    if (picked.length > 0 && bytes + row.size > maxBytes) break;
    picked.push(row);
    bytes += row.size;
  }
  return picked;
}

/** A run of a page's rows, read together: seq in (after, upTo]. */
export interface Span {
  readonly after: number;
  readonly upTo: number;
}

/**
 * Splits a page's rows (in seq order, starting after `after`) into runs of about `spanBytes`, at
 * least one row each, so the page is read and written a run at a time: no more than a run of
 * ciphertext is held at once, and the event loop is never taken for long.
 */
export function spansOf(rows: readonly RowSize[], after: number, spanBytes: number): Span[] {
  const spans: Span[] = [];
  let start = after;
  let bytes = 0;
  rows.forEach((row, i) => {
    bytes += row.size;
    const next = rows[i + 1];
    if (!next || bytes + next.size > spanBytes) {
      spans.push({ after: start, upTo: row.seq });
      start = row.seq;
      bytes = 0;
    }
  });
  return spans;
}

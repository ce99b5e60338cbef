import type { LocalRecord } from '@tend/sync';

/**
 * Records are kept in pages: many sealed records in one IndexedDB value, so opening the vault reads
 * a few dozen values instead of one per record. Each record inside stays sealed on its own (its id
 * and version bound into it), exactly as the sync engine made it; a page adds nothing readable.
 *
 * A page holds the records whose ids sort from its `start` up to the next page's start, sorted by
 * id. The first page starts at '' so every id has a page. Ids are UUIDv7, so records written close
 * in time share a page and a pull or an import touches few pages.
 */
export interface RecordPage {
  readonly start: string;
  readonly records: LocalRecord[];
}

/** A page splits in two when it holds more than this many records… */
export const pageRecordLimit = 512;
/** …or more than this many bytes of ciphertext (one record larger than this stays alone). */
export const pageByteLimit = 512 * 1024;

export const firstPageStart = '';

/** Where `id` is, or would be inserted, in a page's sorted records. */
function position(records: readonly LocalRecord[], id: string): { index: number; found: boolean } {
  let low = 0;
  let high = records.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const here = records[middle]?.id ?? '';
    if (here < id) low = middle + 1;
    else high = middle;
  }
  return { index: low, found: records[low]?.id === id };
}

export function findRecord(page: RecordPage, id: string): LocalRecord | undefined {
  const { index, found } = position(page.records, id);
  return found ? page.records[index] : undefined;
}

/** Puts the record in the page (replacing the one with its id), or removes it with `null`. */
export function setRecord(page: RecordPage, id: string, record: LocalRecord | null): void {
  const { index, found } = position(page.records, id);
  if (record) page.records.splice(index, found ? 1 : 0, record);
  else if (found) page.records.splice(index, 1);
}

/** The start of the page that holds `id`, among the sorted starts (the first always ''). */
export function pageStartFor(starts: readonly string[], id: string): string {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((starts[middle] ?? '') <= id) low = middle + 1;
    else high = middle;
  }
  return starts[low - 1] ?? firstPageStart;
}

const sealedBytes = (records: readonly LocalRecord[]) =>
  records.reduce((sum, r) => sum + (r.ciphertext?.byteLength ?? 0), 0);

const tooLarge = (records: readonly LocalRecord[]) =>
  records.length > pageRecordLimit || (records.length > 1 && sealedBytes(records) > pageByteLimit);

/** A page cut into halves until each is within the bounds; the first keeps the page's start. */
export function splitPage(page: RecordPage): RecordPage[] {
  if (!tooLarge(page.records)) return [page];
  const middle = page.records.length >>> 1;
  const head = page.records.slice(0, middle);
  const tail = page.records.slice(middle);
  const tailStart = tail[0]?.id ?? page.start;
  return [
    ...splitPage({ start: page.start, records: head }),
    ...splitPage({ start: tailStart, records: tail }),
  ];
}

/** Records in id order, cut into pages within the bounds (for a migration or a first fill). */
export function intoPages(records: readonly LocalRecord[]): RecordPage[] {
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return splitPage({ start: firstPageStart, records: sorted });
}

export function isRecordPage(value: unknown): value is RecordPage {
  return (
    typeof value === 'object' &&
    value !== null &&
    'start' in value &&
    typeof value.start === 'string' &&
    'records' in value &&
    Array.isArray(value.records)
  );
}

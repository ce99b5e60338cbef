import type { JournalEntry } from './journal-entry.ts';

export interface JournalHit {
  readonly entry: JournalEntry;
  /** A short piece of the text around the first match, for the result list. */
  readonly snippet: string;
}

const plainAscii = /^[ -~\t\n\r]*$/u;

/** Folds case and accents so "cafe" finds "Café". Plain ASCII, most of what people write, skips the Unicode work. */
export function foldText(text: string): string {
  if (plainAscii.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en');
}

function terms(query: string): string[] {
  return foldText(query).split(/\s+/u).filter(Boolean);
}

export function snippetAround(text: string, term: string, width = 80): string {
  const folded = foldText(text);
  const at = folded.indexOf(term);
  if (at < 0) return text.slice(0, width);
  const start = Math.max(0, at - Math.floor(width / 3));
  const piece = text
    .slice(start, start + width)
    .replace(/\s+/gu, ' ')
    .trim();
  return `${start > 0 ? '…' : ''}${piece}${start + width < text.length ? '…' : ''}`;
}

/** Every entry whose title or body holds all the query's words, newest day first. Runs on the device. */
export function searchJournal(entries: readonly JournalEntry[], query: string): JournalHit[] {
  const wanted = terms(query);
  const sorted = [...entries].sort(byNewest);
  if (!wanted.length) return sorted.map((entry) => ({ entry, snippet: entry.fields.body.slice(0, 80) }));
  const hits: JournalHit[] = [];
  for (const entry of sorted) {
    const haystack = foldText(`${entry.fields.title}\n${entry.fields.body}`);
    if (!wanted.every((term) => haystack.includes(term))) continue;
    hits.push({ entry, snippet: snippetAround(entry.fields.body || entry.fields.title, wanted[0] ?? '') });
  }
  return hits;
}

export function byNewest(a: JournalEntry, b: JournalEntry): number {
  if (a.fields.date !== b.fields.date) return a.fields.date < b.fields.date ? 1 : -1;
  return b.createdAt - a.createdAt;
}

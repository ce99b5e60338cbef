import { foldText, snippetAround } from '../journal/search-journal.ts';
import { type SearchEntry, type SearchIndex } from './search-index.ts';
import { searchKinds, type SearchKind } from './search-kinds.ts';

export type SearchHit = {
  readonly kind: SearchKind;
  readonly id: string;
  readonly title: string;
  readonly when: number;
  /** A short piece of the person's words around the first match; empty when only the title matched. */
  readonly snippet: string;
};

export type SearchGroup = {
  readonly kind: SearchKind;
  /** The newest hits, at most the limit asked for. */
  readonly hits: readonly SearchHit[];
  /** How many were found in all. */
  readonly total: number;
};

const newestFirst = (a: SearchEntry, b: SearchEntry): number =>
  b.when - a.when || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const snippetWidth = 80;

/** The words around the first match, whole when they are short; nothing when they are the title itself. */
function snippetOf(entry: SearchEntry, term: string): string {
  const text = entry.texts.find((t) => foldText(t).includes(term))?.trim();
  if (!text || text === entry.title) return '';
  const plain = text.replace(/\s+/gu, ' ');
  return plain.length <= snippetWidth ? plain : snippetAround(text, term, snippetWidth);
}

/**
 * Every item on the device holding all the query's words, in any of the person's words or its title,
 * accent- and case-folded ("mum" finds "Mum", "cafe" finds "café"); grouped by kind in a fixed order,
 * newest first within a group, each group cut at `limit` except the kinds in `showAll`, which the
 * person asked to see whole. An empty query finds nothing.
 */
export function searchEverything(
  index: SearchIndex,
  query: string,
  limit = 50,
  showAll: readonly SearchKind[] = [],
): SearchGroup[] {
  const terms = foldText(query).split(/\s+/u).filter(Boolean);
  if (!terms.length) return [];
  const found = new Map<SearchKind, SearchEntry[]>();
  for (const entry of index.entries) {
    if (!terms.every((term) => entry.folded.includes(term) || entry.foldedTitle.includes(term))) continue;
    const list = found.get(entry.kind) ?? [];
    list.push(entry);
    found.set(entry.kind, list);
  }
  const first = terms[0] ?? '';
  return searchKinds.flatMap((kind) => {
    const entries = found.get(kind);
    if (!entries) return [];
    const newest = entries.sort(newestFirst).slice(0, showAll.includes(kind) ? entries.length : limit);
    const hits = newest.map((entry) => ({
      kind,
      id: entry.id,
      title: entry.title,
      when: entry.when,
      snippet: snippetOf(entry, first),
    }));
    return [{ kind, hits, total: entries.length }];
  });
}

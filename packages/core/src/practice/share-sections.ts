import { isPart } from '../parts/check-part.ts';
import { isRelationship } from '../relationships/check-relationship.ts';
import type { VaultObject } from '../vault/vault-object.ts';
import { practiceLimits, type SharedDocument, type ShareableKind } from './practice.ts';
import { shareLabels } from './share-words.ts';

/** One labelled piece of a shared document; empty ones are dropped when the document is fitted. */
export type Section = { readonly label: string; readonly text: string };

export type Lookup = (id: string) => VaultObject | undefined;

/** What a renderer makes of one object, before it is fitted to the shared document's limits. */
export type Rendered = {
  readonly title: string;
  readonly when: number | null;
  readonly sections: readonly Section[];
};

export const section = (label: string, text: string): Section => ({ label, text });

/** The word for a value, or '' for one this version does not know (a newer device may have written it). */
export function wordFor<K extends string>(table: Readonly<Record<K, string>>, key: string | null): string {
  if (key === null || !Object.hasOwn(table, key)) return '';
  return table[key as K];
}

/** Words for each value, known ones only, one per line or joined by `separator`. */
export const wordsFor = <K extends string>(
  table: Readonly<Record<K, string>>,
  keys: readonly string[],
  separator = ', ',
): string =>
  keys
    .map((key) => wordFor(table, key))
    .filter(Boolean)
    .join(separator);

export const lines = (pieces: readonly string[]): string => pieces.filter((p) => p.trim()).join('\n');

/** One formatter for every date: toLocaleDateString builds a new one per call, 40 times slower. */
const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** "21 November 2026", in the client's own calendar. */
export const dateWords = (ms: number): string => dayMonthYear.format(ms);

export { listOf } from '../list-of.ts';

export const scoreWords = (n: number | null): string => (n === null ? '' : shareLabels.outOfTen(n));

export function partNameOf(lookup: Lookup, id: string | null): string {
  const found = id === null ? undefined : lookup(id);
  return (found && isPart(found) && found.fields.name.trim()) || '';
}

export function relationshipNameOf(lookup: Lookup, id: string | null): string {
  const found = id === null ? undefined : lookup(id);
  return (found && isRelationship(found) && found.fields.name.trim()) || '';
}

/**
 * Fits a rendered item into what a shared record may hold: empty sections left out, long writing
 * split into continued sections, and an item longer than practiceLimits.documentText cut with a
 * plain note saying so, rather than failing to share at all.
 */
export function fitDocument(kind: ShareableKind, rendered: Rendered): SharedDocument {
  const title = clip(rendered.title.trim(), practiceLimits.title);
  let budget = practiceLimits.documentText - title.length;
  const sections: Section[] = [];
  let isCut = false;
  for (const piece of rendered.sections.flatMap(split)) {
    const room = budget - piece.label.length;
    if (sections.length === practiceLimits.sections - 1 || room <= 0) {
      isCut = true;
      break;
    }
    if (piece.text.length > room) {
      const clipped = clip(piece.text, room);
      if (clipped.trim()) sections.push(section(piece.label, clipped));
      isCut = true;
      break;
    }
    sections.push(piece);
    budget = room - piece.text.length;
  }
  if (isCut) sections.push(section(shareLabels.sharedInPart, shareLabels.sharedInPartText));
  return { kind, title, when: rendered.when, sections };
}

/** Long writing goes into as many sections as it needs, each within practiceLimits.sectionText. */
function split(piece: Section): Section[] {
  const label = clip(piece.label.trim(), practiceLimits.sectionLabel);
  if (!piece.text.trim() || !label) return [];
  const size = practiceLimits.sectionText;
  const out: Section[] = [];
  for (let at = 0; at < piece.text.length;) {
    const chunk = clip(piece.text.slice(at), size);
    out.push(
      section(at === 0 ? label : clip(shareLabels.continued(label), practiceLimits.sectionLabel), chunk),
    );
    at += chunk.length;
  }
  return out;
}

/** At most `max` UTF-16 units (max ≥ 2), never cutting a surrogate pair in half. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff && max > 1 ? max - 1 : max);
}

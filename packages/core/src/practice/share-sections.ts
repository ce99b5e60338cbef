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

/** The labels and the few sentences a shared document adds of its own, in any language. */
export type ShareLabels = {
  readonly [K in keyof typeof shareLabels]: (typeof shareLabels)[K] extends string
    ? string
    : (typeof shareLabels)[K];
};

/**
 * The language a shared document is written in, the writer's: its labels, a word of one of core's
 * tables, and a day. What the person wrote stays as they wrote it.
 */
export interface ShareLanguage {
  readonly labels: ShareLabels;
  readonly word: (english: string) => string;
  readonly date: (ms: number) => string;
}

const asWritten = (english: string): string => english;

/** The word for a value, or '' for one this version does not know (a newer device may have written it). */
export function wordFor<K extends string>(
  table: Readonly<Record<K, string>>,
  key: string | null,
  word: (english: string) => string = asWritten,
): string {
  if (key === null || !Object.hasOwn(table, key)) return '';
  return word(table[key as K]);
}

/** Words for each value, known ones only, one per line or joined by `separator`. */
export const wordsFor = <K extends string>(
  table: Readonly<Record<K, string>>,
  keys: readonly string[],
  separator = ', ',
  word: (english: string) => string = asWritten,
): string =>
  keys
    .map((key) => wordFor(table, key, word))
    .filter(Boolean)
    .join(separator);

export const lines = (pieces: readonly string[]): string => pieces.filter((p) => p.trim()).join('\n');

/** One formatter for every date: toLocaleDateString builds a new one per call, 40 times slower. */
const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** "21 November 2026", in the client's own calendar. */
export const dateWords = (ms: number): string => dayMonthYear.format(ms);

export { listOf } from '../list-of.ts';

export const scoreWords = (n: number | null, labels: ShareLabels = shareLabels): string =>
  n === null ? '' : labels.outOfTen(n);

/** A shared document in English, as core writes it. */
export const englishShare: ShareLanguage = { labels: shareLabels, word: asWritten, date: dateWords };

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
export function fitDocument(
  kind: ShareableKind,
  rendered: Rendered,
  labels: ShareLabels = shareLabels,
): SharedDocument {
  const title = clip(rendered.title.trim(), practiceLimits.title);
  let budget = practiceLimits.documentText - title.length;
  const sections: Section[] = [];
  let isCut = false;
  for (const piece of rendered.sections.flatMap((piece) => split(piece, labels))) {
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
  if (isCut) sections.push(section(labels.sharedInPart, labels.sharedInPartText));
  return { kind, title, when: rendered.when, sections };
}

/** Long writing goes into as many sections as it needs, each within practiceLimits.sectionText. */
function split(piece: Section, labels: ShareLabels): Section[] {
  const label = clip(piece.label.trim(), practiceLimits.sectionLabel);
  if (!piece.text.trim() || !label) return [];
  const size = practiceLimits.sectionText;
  const out: Section[] = [];
  for (let at = 0; at < piece.text.length;) {
    const chunk = clip(piece.text.slice(at), size);
    out.push(section(at === 0 ? label : clip(labels.continued(label), practiceLimits.sectionLabel), chunk));
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

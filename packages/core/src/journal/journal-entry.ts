import type { VaultObject } from '../vault/vault-object.ts';

export const journalEntryKind = 'journal-entry';

/**
 * What an entry is about, by record id: parts, relationships, patterns and griefs. Griefs came later,
 * so entries written before them have none.
 */
export type JournalLinks = {
  readonly parts: readonly string[];
  readonly relationships: readonly string[];
  readonly patterns: readonly string[];
  readonly griefs?: readonly string[];
};

export const journalLinkKinds = ['parts', 'relationships', 'patterns', 'griefs'] as const;
export type JournalLinkKind = (typeof journalLinkKinds)[number];

/** The ids an entry links to of one kind; none when the entry predates that kind of link. */
export const linksOf = (links: JournalLinks, kind: JournalLinkKind): readonly string[] => links[kind] ?? [];

export type JournalEntryFields = {
  /** The day the entry is about, YYYY-MM-DD in the person's own calendar. */
  readonly date: string;
  readonly title: string;
  readonly body: string;
  readonly links: JournalLinks;
};

export type JournalEntry = VaultObject<JournalEntryFields>;

export const noLinks: JournalLinks = { parts: [], relationships: [], patterns: [] };

export const journalLimits = { title: 300, body: 200_000, links: 200 } as const;

export type JournalProblem = 'date-invalid' | 'title-too-long' | 'body-too-long' | 'too-many-links' | 'empty';

const datePattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isCalendarDate(value: string): boolean {
  if (!datePattern.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** Returns what is wrong with an entry's fields, or an empty list. */
export function checkJournalEntry(fields: JournalEntryFields): JournalProblem[] {
  const problems: JournalProblem[] = [];
  if (!isCalendarDate(fields.date)) problems.push('date-invalid');
  if (fields.title.length > journalLimits.title) problems.push('title-too-long');
  if (fields.body.length > journalLimits.body) problems.push('body-too-long');
  const linkCount = journalLinkKinds.reduce((sum, kind) => sum + linksOf(fields.links, kind).length, 0);
  if (linkCount > journalLimits.links) problems.push('too-many-links');
  if (!fields.title.trim() && !fields.body.trim()) problems.push('empty');
  return problems;
}

export function isJournalEntry(object: VaultObject): object is JournalEntry {
  const f = object.fields;
  return (
    object.kind === journalEntryKind &&
    typeof f['date'] === 'string' &&
    typeof f['title'] === 'string' &&
    typeof f['body'] === 'string' &&
    typeof f['links'] === 'object' &&
    f['links'] !== null
  );
}

/** A calendar date (YYYY-MM-DD) in local time for the given moment. */
export function localDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

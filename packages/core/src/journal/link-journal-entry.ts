import type { DomainPorts } from '../ports.ts';
import { byNewest } from './search-journal.ts';
import { linksOf, type JournalEntry, type JournalLinkKind } from './journal-entry.ts';
import { editJournalEntry, type JournalResult } from './write-journal-entry.ts';

/** Links an entry to a part, a relationship, a pattern or a grief; linking twice changes nothing. */
export function linkJournalEntry(
  ports: Pick<DomainPorts, 'clock'>,
  entry: JournalEntry,
  kind: JournalLinkKind,
  id: string,
): JournalResult {
  const current = linksOf(entry.fields.links, kind);
  if (current.includes(id)) return { ok: true, entry };
  return editJournalEntry(ports, entry, { links: { ...entry.fields.links, [kind]: [...current, id] } });
}

export function unlinkJournalEntry(
  ports: Pick<DomainPorts, 'clock'>,
  entry: JournalEntry,
  kind: JournalLinkKind,
  id: string,
): JournalResult {
  const current = linksOf(entry.fields.links, kind);
  if (!current.includes(id)) return { ok: true, entry };
  const links = { ...entry.fields.links, [kind]: current.filter((linked) => linked !== id) };
  return editJournalEntry(ports, entry, { links });
}

/** The entries that link to one item, newest day first: the other direction of the link. */
export function entriesLinkedTo(
  entries: readonly JournalEntry[],
  kind: JournalLinkKind,
  id: string,
): JournalEntry[] {
  return entries.filter((entry) => linksOf(entry.fields.links, kind).includes(id)).sort(byNewest);
}

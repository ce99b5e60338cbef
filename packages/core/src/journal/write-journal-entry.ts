import type { DomainPorts } from '../ports.ts';
import { editVaultObject, newVaultObject } from '../vault/vault-object.ts';
import {
  checkJournalEntry,
  journalEntryKind,
  localDate,
  noLinks,
  type JournalEntry,
  type JournalEntryFields,
  type JournalProblem,
} from './journal-entry.ts';

export type JournalDraft = Partial<JournalEntryFields>;

export type JournalResult = { ok: true; entry: JournalEntry } | { ok: false; problems: JournalProblem[] };

/** Makes a new entry from a draft; only some words (title or body) are needed. */
export function writeJournalEntry(ports: DomainPorts, draft: JournalDraft): JournalResult {
  const now = ports.clock.now();
  const fields: JournalEntryFields = {
    date: draft.date ?? localDate(now),
    title: draft.title ?? '',
    body: draft.body ?? '',
    links: draft.links ?? noLinks,
  };
  const problems = checkJournalEntry(fields);
  if (problems.length) return { ok: false, problems };
  return { ok: true, entry: newVaultObject(ports.ids.newId(), journalEntryKind, fields, now) };
}

/** Applies changes to an entry; unchanged fields keep their stamps so merges stay precise. */
export function editJournalEntry(
  ports: Pick<DomainPorts, 'clock'>,
  entry: JournalEntry,
  changes: JournalDraft,
): JournalResult {
  const edited = editVaultObject(entry, changes, ports.clock.now());
  const problems = checkJournalEntry(edited.fields);
  if (problems.length) return { ok: false, problems };
  return { ok: true, entry: edited };
}

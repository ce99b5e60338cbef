import { describe, expect, it } from 'vitest';
import { testPorts } from '../parts/test-factories.ts';
import { checkJournalEntry, journalLimits, type JournalEntry } from './journal-entry.ts';
import { entriesLinkedTo, linkJournalEntry, unlinkJournalEntry } from './link-journal-entry.ts';
import { writeJournalEntry } from './write-journal-entry.ts';

const ports = testPorts();
const partId = '01890000-0000-7000-8000-000000000001';
const griefId = '01890000-0000-7000-8000-000000000002';

function entry(date: string, body = 'Some words'): JournalEntry {
  const result = writeJournalEntry(ports, { date, body });
  if (!result.ok) throw new Error(result.problems.join());
  return result.entry;
}

function ok(result: ReturnType<typeof linkJournalEntry>): JournalEntry {
  if (!result.ok) throw new Error(result.problems.join());
  return result.entry;
}

describe('links both ways', () => {
  it('links and unlinks, once each, and keeps the other kinds as they were', () => {
    const linked = ok(linkJournalEntry(ports, entry('2026-01-02'), 'parts', partId));
    expect(linked.fields.links.parts).toEqual([partId]);
    expect(ok(linkJournalEntry(ports, linked, 'parts', partId))).toBe(linked);
    const withGrief = ok(linkJournalEntry(ports, linked, 'griefs', griefId));
    expect(withGrief.fields.links).toEqual({
      parts: [partId],
      relationships: [],
      patterns: [],
      griefs: [griefId],
    });
    const unlinked = ok(unlinkJournalEntry(ports, withGrief, 'parts', partId));
    expect(unlinked.fields.links).toEqual({ parts: [], relationships: [], patterns: [], griefs: [griefId] });
  });

  it('lists the entries that link to an item, newest first', () => {
    const older = ok(linkJournalEntry(ports, entry('2026-01-01'), 'griefs', griefId));
    const newer = ok(linkJournalEntry(ports, entry('2026-02-01'), 'griefs', griefId));
    const other = entry('2026-03-01');
    expect(entriesLinkedTo([older, other, newer], 'griefs', griefId).map((e) => e.id)).toEqual([
      newer.id,
      older.id,
    ]);
    expect(entriesLinkedTo([older, newer], 'parts', griefId)).toEqual([]);
  });

  it('counts grief links within the limit', () => {
    const many = Array.from({ length: journalLimits.links + 1 }, (_, i) => `id-${i}`);
    const fields = {
      ...entry('2026-01-01').fields,
      links: { parts: [], relationships: [], patterns: [], griefs: many },
    };
    expect(checkJournalEntry(fields)).toContain('too-many-links');
  });
});

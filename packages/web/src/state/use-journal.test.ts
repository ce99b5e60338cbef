import { describe, expect, it } from 'vitest';
import { newVaultObject, journalEntryKind, noLinks, searchJournal, type JournalEntry } from '@tend/core';
import { entryLabel, groupByDay } from './use-journal.ts';

let seq = 0;
function entry(date: string, title: string, body = ''): JournalEntry {
  seq += 1;
  return newVaultObject(`id-${seq}`, journalEntryKind, { date, title, body, links: noLinks }, seq);
}

describe('groupByDay', () => {
  it('keeps newest day first and groups entries of one day', () => {
    const hits = searchJournal(
      [entry('2026-01-02', 'a'), entry('2026-01-03', 'b'), entry('2026-01-02', 'c')],
      '',
    );
    const days = groupByDay(hits);
    expect(days.map((d) => d.day)).toEqual(['2026-01-03', '2026-01-02']);
    expect(days[1]?.hits.map((h) => h.entry.fields.title)).toEqual(['c', 'a']);
  });
});

describe('entryLabel', () => {
  it('uses the title, else the first words, else a gentle placeholder', () => {
    expect(entryLabel(entry('2026-01-01', ' Morning '))).toBe('Morning');
    expect(entryLabel(entry('2026-01-01', '', 'First line\nsecond'))).toBe('First line');
    expect(entryLabel(entry('2026-01-01', '', 'x'.repeat(80)))).toBe(`${'x'.repeat(60)}…`);
    expect(entryLabel(entry('2026-01-01', '', '   '))).toBe('Untitled entry');
  });
});

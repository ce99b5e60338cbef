import { describe, expect, it } from 'vitest';
import { makeUuidV7 } from '../ids/uuid-v7.ts';
import type { DomainPorts } from '../ports.ts';
import { checkJournalEntry, isCalendarDate, noLinks } from './journal-entry.ts';
import { searchJournal } from './search-journal.ts';
import { editJournalEntry, writeJournalEntry } from './write-journal-entry.ts';

function ports(start = Date.UTC(2026, 10, 21, 9)): DomainPorts & { tick(ms: number): void } {
  let now = start;
  let n = 0;
  return {
    clock: { now: () => now },
    ids: { newId: () => makeUuidV7(now, new Uint8Array(10).fill((n += 1))) },
    tick: (ms) => (now += ms),
  };
}

function write(p: DomainPorts, draft: Parameters<typeof writeJournalEntry>[1]) {
  const result = writeJournalEntry(p, draft);
  if (!result.ok) throw new Error(result.problems.join());
  return result.entry;
}

describe('journal', () => {
  it('writes an entry with only some words, dated today', () => {
    const p = ports();
    const entry = write(p, { body: 'The tide came in slowly.' });
    expect(entry.kind).toBe('journal-entry');
    expect(entry.fields).toEqual({
      date: '2026-11-21',
      title: '',
      body: 'The tide came in slowly.',
      links: noLinks,
    });
  });

  it.each([
    [{ date: '2026-02-30', body: 'x' }, 'date-invalid'],
    [{ body: '  ' }, 'empty'],
    [{ title: 'x'.repeat(301) }, 'title-too-long'],
  ])('says what is wrong with %o', (draft, problem) => {
    const result = writeJournalEntry(ports(), draft);
    expect(result).toEqual({ ok: false, problems: [problem] });
  });

  it('edits only the changed fields', () => {
    const p = ports();
    const entry = write(p, { title: 'Morning', body: 'first' });
    p.tick(1000);
    const result = editJournalEntry(p, entry, { body: 'second' });
    expect(result.ok && result.entry.fields.body).toBe('second');
    expect(result.ok && result.entry.stamps['title']).toBe(entry.stamps['title']);
    expect(result.ok && (result.entry.stamps['body'] ?? 0) > (entry.stamps['body'] ?? 0)).toBe(true);
  });

  it('searches on the device, all words, any case or accent, newest day first', () => {
    const p = ports();
    const older = write(p, { date: '2026-11-01', body: 'A walk to the café with my sister.' });
    const newer = write(p, { date: '2026-11-20', title: 'Sister', body: 'We talked about the CAFE again.' });
    write(p, { date: '2026-11-10', body: 'Rain all day.' });
    expect(searchJournal([older, newer], 'cafe sister').map((h) => h.entry.id)).toEqual([newer.id, older.id]);
    expect(searchJournal([older, newer], 'rain')).toEqual([]);
    expect(searchJournal([older, newer], '')).toHaveLength(2);
    expect(searchJournal([older], 'café')[0]?.snippet).toContain('café');
  });

  it('knows real calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(checkJournalEntry({ date: '2026-01-01', title: 't', body: '', links: noLinks })).toEqual([]);
  });
});

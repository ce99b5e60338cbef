import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { beginGrief } from '../grief/begin-grief.ts';
import { writeJournalEntry } from '../journal/write-journal-entry.ts';
import { makeMeeting, makePart, testPorts } from '../parts/test-factories.ts';
import { onThisDayWords } from './looking-back-copy.ts';
import { onThisDay } from './on-this-day.ts';
import { hiddenOnThisDay, hiddenToMove, hideOnThisDay, isOnThisDayHidden } from './hide-on-this-day.ts';

const utcDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const ports = testPorts(Date.UTC(2024, 2, 28, 9));
const part = makePart(ports);
const entry = (date: string, body: string) => {
  const result = writeJournalEntry(ports, { date, body });
  if (!result.ok) throw new Error(result.problems.join());
  return result.entry;
};
const lastYear = entry('2025-03-28', 'The first warm day. I sat outside.');
const twoYears = entry('2024-03-28', 'Hard week, and still here.');
const otherDay = entry('2025-03-27', 'Not today');
const thisYear = entry('2026-03-28', 'Today itself');
const meeting = makeMeeting(ports, {
  partIds: [part.id],
  when: Date.UTC(2025, 2, 28, 20),
  offered: 'Patience',
});
const grief = (() => {
  const result = beginGrief(ports, { what: 'past-self', title: 'Who I was', text: 'Some first words' });
  if (!result.ok) throw new Error(result.problems.join());
  return result.grief;
})();
const input = { entries: [lastYear, twoYears, otherDay, thisYear], meetings: [meeting], griefs: [grief] };

describe('onThisDay', () => {
  it('gives back what was written on this day in earlier years, nearest year first', () => {
    const items = onThisDay(input, '2026-03-28', new Set(), utcDay);
    expect(items.map((i) => [i.kind, i.yearsAgo, i.words])).toEqual([
      ['journal', 1, 'The first warm day. I sat outside.'],
      ['meeting', 1, 'Patience'],
      ['journal', 2, 'Hard week, and still here.'],
      ['grief', 2, 'Who I was: Some first words'],
    ]);
  });

  it('never shows an item the person hid', () => {
    const items = onThisDay(input, '2026-03-28', new Set([lastYear.id, grief.id]), utcDay);
    expect(items.map((i) => i.id)).not.toContain(lastYear.id);
    expect(items.map((i) => i.id)).not.toContain(grief.id);
  });

  it('says the years gently', () => {
    expect(onThisDayWords(1)).toBe('A year ago today you wrote');
    expect(onThisDayWords(3)).toBe('3 years ago today you wrote');
  });

  it('reads the same whatever order things arrive in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...input.entries], { minLength: input.entries.length }), (entries) => {
        expect(onThisDay({ ...input, entries }, '2026-03-28', new Set(), utcDay)).toEqual(
          onThisDay(input, '2026-03-28', new Set(), utcDay),
        );
      }),
    );
  });
});

describe('hiding an item from On This Day', () => {
  it('keeps each hidden item as a record of its own, read together with a list kept the older way', () => {
    const hidden = hideOnThisDay(ports, lastYear.id);
    if (!hidden.ok) throw new Error('expected a record');
    expect(isOnThisDayHidden(hidden.hidden)).toBe(true);
    expect(hideOnThisDay(ports, 'not an id').ok).toBe(false);
    const all = hiddenOnThisDay([hidden.hidden], [grief.id]);
    expect([...all].sort()).toEqual([lastYear.id, grief.id].sort());
    const items = onThisDay(input, '2026-03-28', all, utcDay);
    expect(items.map((i) => i.id)).not.toContain(lastYear.id);
    expect(items.map((i) => i.id)).not.toContain(grief.id);
  });

  it('moves only what no record holds yet, once each', () => {
    const hidden = hideOnThisDay(ports, lastYear.id);
    if (!hidden.ok) throw new Error('expected a record');
    expect(hiddenToMove([hidden.hidden], [lastYear.id, grief.id, grief.id, 'old-style'])).toEqual([grief.id]);
    expect(hiddenToMove([hidden.hidden], [])).toEqual([]);
  });
});

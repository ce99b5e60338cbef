import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { localMonth } from '../parts/part-story.ts';
import { countByMonth } from './month-counts.ts';
import { rememberMonths } from './month-memo.ts';

const utcMonth = (ms: number): string => new Date(ms).toISOString().slice(0, 7);
const tenYears = fc.integer({ min: Date.UTC(2016, 0, 1), max: Date.UTC(2026, 11, 31) });

/** The plain way: ask the calendar once per moment. */
function countOneByOne(moments: readonly number[], monthOf: (ms: number) => string) {
  const counts = new Map<string, number>();
  for (const at of moments) counts.set(monthOf(at), (counts.get(monthOf(at)) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, count]) => ({ month, count }));
}

describe('countByMonth', () => {
  it('counts as asking the calendar for every moment would, whatever the order', () => {
    fc.assert(
      fc.property(fc.array(tenYears, { maxLength: 400 }), (moments) => {
        expect(countByMonth(moments, utcMonth)).toEqual(countOneByOne(moments, utcMonth));
        expect(countByMonth(moments, localMonth)).toEqual(countOneByOne(moments, localMonth));
      }),
    );
  });

  it('counts moments at the very edges of a month in their own month', () => {
    const edge = Date.UTC(2026, 2, 1);
    expect(countByMonth([edge - 1, edge, edge, edge + 1], utcMonth)).toEqual([
      { month: '2026-02', count: 1 },
      { month: '2026-03', count: 3 },
    ]);
  });
});

describe('rememberMonths', () => {
  it('answers as the calendar does for any moments in any order', () => {
    fc.assert(
      fc.property(fc.array(tenYears, { maxLength: 400 }), (moments) => {
        const remembered = rememberMonths(localMonth);
        for (const at of moments) expect(remembered(at)).toBe(localMonth(at));
      }),
    );
  });
});

import type { MonthKey } from '../parts/story-month.ts';

type Known = { first: number; last: number; readonly month: MonthKey };

/**
 * `monthOf` remembered by the stretches of time already known to fall in one month. A month is one
 * unbroken stretch of time, so any moment between two seen in the same month is in it too: over ten
 * years of records, nearly every moment is answered without asking the calendar again. Finding the
 * stretch is a binary search over the months seen (about 120 in ten years).
 */
export function rememberMonths(monthOf: (ms: number) => MonthKey): (ms: number) => MonthKey {
  const known: Known[] = [];
  return (ms) => {
    const at = lastStartingBy(known, ms);
    const before = known[at];
    if (before && ms <= before.last) return before.month;
    const month = monthOf(ms);
    if (before?.month === month) before.last = ms;
    else {
      const after = known[at + 1];
      if (after?.month === month) after.first = ms;
      else known.splice(at + 1, 0, { first: ms, last: ms, month });
    }
    return month;
  };
}

/** The index of the last stretch beginning at or before `ms`, or -1. */
function lastStartingBy(known: readonly Known[], ms: number): number {
  let low = 0;
  let high = known.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((known[middle]?.first ?? Infinity) <= ms) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

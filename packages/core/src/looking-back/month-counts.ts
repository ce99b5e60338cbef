import type { MonthKey } from '../parts/story-month.ts';

export type MonthCount = { readonly month: MonthKey; readonly count: number };

/**
 * How many moments fell in each month, oldest month first; months with none are left out. The moments
 * are sorted as numbers, so each month is one run found by galloping to its end: the calendar is asked
 * a few times per month rather than once per moment (ten years of kindness is 20,000 and more).
 */
export function countByMonth(moments: readonly number[], monthOf: (ms: number) => MonthKey): MonthCount[] {
  const sorted = new Float64Array(moments).sort();
  const counts: MonthCount[] = [];
  let start = 0;
  while (start < sorted.length) {
    const month = monthOf(sorted[start] ?? 0);
    const end = endOfRun(sorted, start, (ms) => monthOf(ms) === month);
    const last = counts.at(-1);
    // A moment whose month is out of step (an hour repeated as clocks change) joins its neighbour.
    if (last?.month === month) counts[counts.length - 1] = { month, count: last.count + end - start };
    else counts.push({ month, count: end - start });
    start = end;
  }
  return counts;
}

/** The first index after `start` where `isSame` stops holding, for a sorted run: gallop, then halve. */
function endOfRun(sorted: Float64Array, start: number, isSame: (ms: number) => boolean): number {
  let inside = start;
  let step = 1;
  while (inside + step < sorted.length && isSame(sorted[inside + step] ?? 0)) {
    inside += step;
    step *= 2;
  }
  let outside = Math.min(inside + step, sorted.length);
  while (outside - inside > 1) {
    const middle = (inside + outside) >> 1;
    if (isSame(sorted[middle] ?? 0)) inside = middle;
    else outside = middle;
  }
  return outside;
}

/**
 * Whether the months differ a good deal: across two or more months, the fullest held at least twice
 * what the quietest did. Said so the person reads it as ordinary, not as falling behind.
 */
export function isUneven(counts: readonly MonthCount[]): boolean {
  const perMonth = new Map<MonthKey, number>();
  for (const { month, count } of counts) perMonth.set(month, (perMonth.get(month) ?? 0) + count);
  if (perMonth.size < 2) return false;
  const values = [...perMonth.values()];
  return Math.max(...values) >= 2 * Math.min(...values);
}

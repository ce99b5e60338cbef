import type { MonthKey } from '../parts/story-month.ts';

export type MonthCount = { readonly month: MonthKey; readonly count: number };

/** How many moments fell in each month, oldest month first; months with none are left out. */
export function countByMonth(moments: readonly number[], monthOf: (ms: number) => MonthKey): MonthCount[] {
  const counts = new Map<MonthKey, number>();
  for (const at of moments) {
    const month = monthOf(at);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([month, count]) => ({ month, count }));
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

import { stances, type Stance, type StoryMonth } from '@tend/core';
import { sayMonth } from '../../i18n/sentences/story.ts';

export interface BarSegment<K extends string = Stance> {
  readonly key: K;
  readonly count: number;
  readonly y: number;
  readonly height: number;
}

export interface StoryBar<K extends string = Stance> {
  readonly month: string;
  readonly label: string;
  readonly x: number;
  readonly total: number;
  readonly segments: readonly BarSegment<K>[];
}

export const chartSize = { width: 320, height: 180, top: 16, bottom: 28, barGap: 8, maxBarWidth: 48 };

/**
 * Stacked bars of how often each of some keys was noted (stances, presence), one per month, scaled to
 * the busiest month. Only the most recent months that fit are drawn; the text speaks for the whole.
 */
export function stackedBars<K extends string>(
  months: readonly StoryMonth[],
  keys: readonly K[],
  countsOf: (month: StoryMonth) => Readonly<Record<K, number>>,
  maxBars = 12,
): StoryBar<K>[] {
  const shown = months.slice(-maxBars);
  const totals = shown.map((m) => keys.reduce((sum, key) => sum + countsOf(m)[key], 0));
  const highest = Math.max(1, ...totals);
  const plot = chartSize.height - chartSize.top - chartSize.bottom;
  const slot = chartSize.width / Math.max(1, shown.length);
  const withYear = new Set(shown.map((m) => m.month.slice(0, 4))).size > 1;
  const width = barWidth(shown.length);
  return shown.map((month, index) => {
    let y = chartSize.height - chartSize.bottom;
    const segments = keys.flatMap((key) => {
      const count = countsOf(month)[key];
      if (!count) return [];
      const height = (count / highest) * plot;
      y -= height;
      return [{ key, count, y, height }];
    });
    return {
      month: month.month,
      label: sayMonth(month.month, withYear),
      x: index * slot + (slot - width) / 2,
      total: totals[index] ?? 0,
      segments,
    };
  });
}

/** How each month's meetings related to the part. */
export const storyBars = (months: readonly StoryMonth[], maxBars = 12): StoryBar[] =>
  stackedBars(months, stances, (m) => m.stances, maxBars);

export function barWidth(count: number): number {
  return Math.min(chartSize.maxBarWidth, chartSize.width / Math.max(1, count) - chartSize.barGap);
}

import { describeMonth, stances, type Stance, type StoryMonth } from '@tend/core';

export interface BarSegment {
  readonly stance: Stance;
  readonly count: number;
  readonly y: number;
  readonly height: number;
}

export interface StoryBar {
  readonly month: string;
  readonly label: string;
  readonly x: number;
  readonly total: number;
  readonly segments: readonly BarSegment[];
}

export const chartSize = { width: 320, height: 180, top: 16, bottom: 28, barGap: 8, maxBarWidth: 48 };

/**
 * Stacked bars of how often each stance was noted, one per month, scaled to the busiest month.
 * Only the most recent months that fit are drawn; the text summary speaks for the whole story.
 */
export function storyBars(months: readonly StoryMonth[], maxBars = 12): StoryBar[] {
  const shown = months.slice(-maxBars);
  const totals = shown.map((m) => stances.reduce((sum, s) => sum + m.stances[s], 0));
  const highest = Math.max(1, ...totals);
  const plot = chartSize.height - chartSize.top - chartSize.bottom;
  const slot = chartSize.width / Math.max(1, shown.length);
  const withYear = new Set(shown.map((m) => m.month.slice(0, 4))).size > 1;
  const width = barWidth(shown.length);
  return shown.map((month, index) => {
    let y = chartSize.height - chartSize.bottom;
    const segments = stances.flatMap((stance) => {
      const count = month.stances[stance];
      if (!count) return [];
      const height = (count / highest) * plot;
      y -= height;
      return [{ stance, count, y, height }];
    });
    return {
      month: month.month,
      label: describeMonth(month.month, withYear),
      x: index * slot + (slot - width) / 2,
      total: totals[index] ?? 0,
      segments,
    };
  });
}

export function barWidth(count: number): number {
  return Math.min(chartSize.maxBarWidth, chartSize.width / Math.max(1, count) - chartSize.barGap);
}

import type { StoryMonth } from '@tend/core';
import { describe, expect, it } from 'vitest';
import { chartSize, storyBars } from './story-bars.ts';

const month = (key: string, compassion: number, ranTheShow: number): StoryMonth => ({
  month: key,
  meetings: compassion + ranTheShow,
  stances: {
    'stayed-with-compassion': compassion,
    abandoned: 0,
    exiled: 0,
    'tried-to-fix': 0,
    'ran-the-show': ranTheShow,
  },
  presence: { present: 0, 'in-and-out': 0, dissociated: 0, 'not-noted': compassion + ranTheShow },
  projectionMinutes: null,
});

describe('storyBars', () => {
  it('stacks each month’s stances and scales to the busiest month', () => {
    const bars = storyBars([month('2026-01', 0, 2), month('2026-02', 1, 1), month('2026-03', 1, 0)]);
    expect(bars.map((b) => b.label)).toEqual(['January', 'February', 'March']);
    const plot = chartSize.height - chartSize.top - chartSize.bottom;
    expect(bars[0]?.segments).toEqual([{ key: 'ran-the-show', count: 2, y: chartSize.top, height: plot }]);
    expect(bars[1]?.segments.map((s) => s.height)).toEqual([plot / 2, plot / 2]);
    expect(bars[2]?.total).toBe(1);
  });

  it('names the year when the bars cross one and keeps only the latest months', () => {
    const months = Array.from({ length: 14 }, (_, i) =>
      month(i < 12 ? `2025-${String(i + 1).padStart(2, '0')}` : `2026-0${i - 11}`, 1, 0),
    );
    const bars = storyBars(months);
    expect(bars).toHaveLength(12);
    expect(bars[0]?.label).toBe('March 2025');
    expect(bars.at(-1)?.label).toBe('February 2026');
  });

  it('draws nothing for a month with no stances noted', () => {
    expect(storyBars([month('2026-05', 0, 0)])[0]?.segments).toEqual([]);
  });
});

import type { PatternMonth } from '@tend/core';
import { renderMarkup } from '../../testing/render-markup.tsx';
import { describe, expect, it } from 'vitest';
import { PatternChart } from './PatternChart.tsx';

const month = (key: string, n: number, o: number): PatternMonth => ({
  month: key,
  moments: n + o,
  old: o,
  new: n,
  noticedAfterwards: 0,
  unsaid: 0,
  noticedMinutes: null,
});

describe('PatternChart', () => {
  it('names every month and its counts in the picture title', () => {
    const html = renderMarkup(<PatternChart months={[month('2026-01', 0, 2), month('2026-02', 1, 1)]} />);
    expect(html).toContain(
      'January: new response 0, old response 2; February: new response 1, old response 1',
    );
    expect(html.match(/<rect/g)).toHaveLength(4);
  });

  it('draws at most the latest twelve months', () => {
    const months = Array.from({ length: 15 }, (_, i) =>
      month(`20${25 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, 1, 0),
    );
    const html = renderMarkup(<PatternChart months={months} />);
    expect(html.match(/<g>/g)).toHaveLength(12);
  });
});

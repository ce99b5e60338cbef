import type { CheckInMonth } from '@tend/core';
import { renderMarkup } from '../../testing/render-markup.tsx';
import { describe, expect, it } from 'vitest';
import { DivergingPicture, RelationshipChart } from './RelationshipChart.tsx';

const month = (key: string, counts: Partial<CheckInMonth>): CheckInMonth => ({
  month: key,
  checkIns: 2,
  afterwardsNoted: 2,
  afterwardsAverage: 0,
  nourished: 0,
  depleted: 0,
  abandonedMyself: 0,
  heldBoundary: 0,
  ...counts,
});

describe('RelationshipChart', () => {
  it('says both pictures in words, month by month, and labels each month', () => {
    const html = renderMarkup(
      <RelationshipChart
        months={[
          month('2026-02', { nourished: 1, depleted: 1, abandonedMyself: 1 }),
          month('2026-03', { nourished: 2, heldBoundary: 2 }),
        ]}
      />,
    );
    expect(html).toContain(
      'How time together left you, month by month. February: nourished 1, depleted 1; March: nourished 2, depleted 0.',
    );
    expect(html).toContain(
      'Boundaries held and abandoning yourself, month by month. February: held a boundary 0, abandoned yourself to keep the peace 1; March: held a boundary 2, abandoned yourself to keep the peace 0.',
    );
    expect(html).toContain('>Feb</text>');
    expect(html).toContain('>Mar</text>');
  });

  it('wraps people’s names under their bars rather than cutting them to three letters', () => {
    const html = renderMarkup(
      <DivergingPicture
        title="How time with each person left you"
        upWords="nourished"
        downWords="depleted"
        months={[
          { label: 'The choir', up: 1, down: 0 },
          { label: 'Mum', up: 0, down: 2 },
        ]}
        isNamed
      />,
    );
    expect(html).toMatch(/>The<\/tspan> <tspan[^>]*>choir<\/tspan>/);
    expect(html).toMatch(/>Mum<\/tspan>/);
  });
});

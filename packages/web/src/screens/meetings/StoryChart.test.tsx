import type { StoryMonth } from '@tend/core';
import { renderMarkup } from '../../testing/render-markup.tsx';
import { describe, expect, it } from 'vitest';
import { PresenceChart, StoryChart } from './StoryChart.tsx';

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

describe('StoryChart', () => {
  it('names the picture in words, month by month, and labels each bar', () => {
    const html = renderMarkup(<StoryChart months={[month('2026-03', 0, 1), month('2026-04', 2, 0)]} />);
    expect(html).toContain('role="img"');
    expect(html).toContain(
      'How you related to this part, month by month: March, It ran the show 1; April, Stayed with compassion 2.',
    );
    expect(html).toContain('>Mar</text>');
    expect(html).toContain('>Apr</text>');
    expect(html).toMatch(
      /<li><span class="swatch stance-ran-the-show" aria-hidden="true"><\/span>It ran the show<\/li>/,
    );
  });

  it('says so in words when no stance was noted', () => {
    expect(renderMarkup(<StoryChart months={[month('2026-03', 0, 0)]} />)).toContain('No stances noted yet');
  });

  it('draws presence over time with its own title and legend, leaving out meetings where it was not noted', () => {
    const present = (key: string, present: number, away: number): StoryMonth => ({
      ...month(key, 1, 0),
      presence: { present, 'in-and-out': 0, dissociated: away, 'not-noted': 4 },
    });
    const html = renderMarkup(
      <PresenceChart months={[present('2026-03', 1, 2), present('2026-04', 3, 0)]} />,
    );
    expect(html).toContain(
      'How present you were, month by month: March, Present 1, Dissociated 2; April, Present 3.',
    );
    expect(html).toContain('<span class="swatch presence-dissociated" aria-hidden="true"></span>Dissociated');
    expect(html).not.toContain('In and out');
  });
});

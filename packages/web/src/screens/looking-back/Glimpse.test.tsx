import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Glimpse } from './Glimpse.tsx';

describe('Glimpse', () => {
  it('draws the last twelve months as bars, hidden from screen readers since the tile says it', () => {
    const html = renderToStaticMarkup(
      <Glimpse shape={{ kind: 'bars', counts: [9, ...Array.from({ length: 12 }, (_, i) => i % 3)] }} />,
    );
    expect(html).toContain('aria-hidden="true"');
    expect(html.match(/<rect/g)).toHaveLength(12);
    expect(html.match(/class="g-none"/g)).toHaveLength(4);
  });

  it('draws a span as one bar in its parts, each as wide as its share, and nothing when all are zero', () => {
    const html = renderToStaticMarkup(
      <Glimpse
        shape={{
          kind: 'split',
          parts: [
            { className: 'g-new', count: 3 },
            { className: 'g-old', count: 1 },
            { className: 'g-mixed', count: 0 },
          ],
        }}
      />,
    );
    expect(html).toContain('class="g-new" x="0" y="0" width="90"');
    expect(html).toContain('class="g-old" x="90" y="0" width="30"');
    expect(html).not.toContain('g-mixed');
    expect(renderToStaticMarkup(<Glimpse shape={{ kind: 'bars', counts: [0, 0] }} />)).toBe('');
  });
});

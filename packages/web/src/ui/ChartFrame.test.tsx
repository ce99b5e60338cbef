import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChartFrame } from './ChartFrame.tsx';

describe('ChartFrame', () => {
  it('gives the picture a visible title, its key in words, and its words beside it', () => {
    const html = renderToStaticMarkup(
      <ChartFrame
        title="Pauses, month by month"
        legend={[{ className: 'chart-up', words: 'Above the line: pauses' }]}
        summary={<p>You paused twice.</p>}
      >
        <svg role="img" aria-label="March: pauses 2" />
      </ChartFrame>,
    );
    expect(html).toMatch(
      /^<figure class="chart-frame"><figcaption class="chart-frame-title">Pauses, month by month</,
    );
    expect(html).toContain('<span class="swatch chart-up" aria-hidden="true"></span>Above the line: pauses');
    expect(html).toContain('<div class="chart-frame-body has-summary">');
    expect(html).toContain('<div class="chart-frame-summary"><p>You paused twice.</p></div>');
    // The picture comes before its words, so a phone shows it first and a wide screen beside them.
    expect(html.indexOf('<svg')).toBeLessThan(html.indexOf('You paused twice.'));
  });

  it('keeps a key of the picture’s own, and leaves out the words’ column when there are none', () => {
    const html = renderToStaticMarkup(
      <ChartFrame title="The web" legend={<p className="web-key">Solid line: nourishing</p>}>
        <svg />
      </ChartFrame>,
    );
    expect(html).toContain('<p class="web-key">Solid line: nourishing</p>');
    expect(html).toContain('<div class="chart-frame-body">');
    expect(html).not.toContain('chart-frame-summary');
  });
});

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CrisisLines } from './CrisisLines.tsx';

const render = (region: string | null) =>
  renderToStaticMarkup(<CrisisLines region={region} onRegion={() => undefined} />);

describe('CrisisLines', () => {
  it('says plainly that Tend is not a crisis service', () => {
    expect(render('GB')).toContain(
      'Tend is not a crisis service. If you are in danger, please call your local emergency number.',
    );
  });

  it('offers the chosen region’s lines as call and text links, with when they were checked', () => {
    const html = render('GB');
    expect(html).toContain('href="tel:116123"');
    expect(html).toContain('href="sms:85258?&amp;body=SHOUT"');
    expect(html).toContain('href="tel:999"');
    expect(html).toContain('Last checked 21 November 2026');
  });

  it('falls back to the list for somewhere else when no region is chosen', () => {
    const html = render(null);
    expect(html).toContain('Find A Helpline');
    expect(html).toContain('In an emergency, please call your local emergency number.');
    expect(html).not.toContain('href="tel:');
  });
});

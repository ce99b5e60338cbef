import { renderMarkup } from '../../testing/render-markup.tsx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RegionSuggestion } from '@tend/core';
import { CrisisLines } from './CrisisLines.tsx';
import { setDateLocale } from '../../ui/dates.ts';

// Dates are written in the reader's locale; these tests read British English.
beforeAll(() => setDateLocale('en-GB'));

const render = (region: string | null, suggestion: RegionSuggestion | null = null) =>
  renderMarkup(<CrisisLines region={region} suggestion={suggestion} onRegion={() => undefined} />);

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
    expect(html).toContain('It stays on this device.');
  });

  it('starts with a suggested region before any choice, and says so', () => {
    const html = render(null, { code: 'IE', basis: 'time-zone' });
    expect(html).toContain('href="tel:112"');
    expect(html).toContain('href="tel:116123"');
    expect(html).toContain('Suggested from this device’s time zone.');
    expect(html).toContain('<option value="IE" selected="">');
  });

  it('shows common emergency numbers as call links, and the directory as a link, where no region fits', () => {
    const html = render(null);
    for (const number of ['112', '911', '999', '000', '111']) expect(html).toContain(`href="tel:${number}"`);
    expect(html).toContain('href="https://findahelpline.com"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).toContain('checked 6 December 2026 against');
  });

  it('says when the suggestion comes from the language chosen for Tend', () => {
    const html = render(null, { code: 'DE', basis: 'chosen-language' });
    expect(html).toContain('href="tel:08001110111"');
    expect(html).toContain('Suggested from the language you chose for Tend.');
  });

  it('a choice outranks the suggestion', () => {
    const html = render('AU', { code: 'IE', basis: 'language' });
    expect(html).toContain('href="tel:000"');
    expect(html).not.toContain('Suggested from');
  });
});

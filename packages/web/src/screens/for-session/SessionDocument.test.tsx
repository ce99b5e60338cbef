import { generateVault, isPart, isRelationship, localDate, sessionPage } from '@tend/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { renderMarkup } from '../../testing/render-markup.tsx';
import { describe, expect, it } from 'vitest';
import { SessionDocument } from './SessionDocument.tsx';

const objects = generateVault({ years: 1, seed: 11 });
const byId = new Map(objects.map((o) => [o.id, o]));
const part = objects.find(isPart);
const person = objects.find(isRelationship);

describe('the printed page for a session', () => {
  const ids = [part?.id ?? '', person?.id ?? ''];
  const choice = { from: null, to: null, kinds: [], ids, leftOut: [], withLists: true };
  const page = sessionPage(objects, (id) => byId.get(id), choice, '2026-11-01', localDate);
  const html = renderMarkup(<SessionDocument page={page} />);

  it('draws each part’s and person’s picture beside the summary that says the same', () => {
    expect(page.pictures.map((p) => p.id)).toEqual(ids);
    for (const picture of page.pictures) {
      const summary = renderToStaticMarkup(<>{picture.summary}</>);
      expect(html).toContain(`<p class="picture-summary">${summary}</p>`);
    }
    const noted = page.pictures.flatMap((p) =>
      p.kind === 'relationship' ? p.qualities.qualities.filter((q) => q.noted > 0) : [],
    );
    // A stance picture for the part; two for the person, and one per quality noted with them.
    expect(html.match(/role="img"/g)?.length).toBe(1 + 2 + noted.length);
  });

  it('repeats its header on every printed sheet, beside the span and "Private"', () => {
    expect(html).toMatch(
      /<thead aria-hidden="true"><tr><td><div class="session-print-header"><span>Private<\/span>/,
    );
    expect(html).toContain('For my session · Any time');
  });
});

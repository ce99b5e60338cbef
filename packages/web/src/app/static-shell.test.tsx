import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RouterProvider } from '../router/router.tsx';
import { renderMarkup } from '../testing/render-markup.tsx';
import { Opening } from './App.tsx';

const indexHtml = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');

/** The markup inside #root, without the whitespace that only lays out the file. */
function staticShell(): string {
  const inner = /<div id="root">([\s\S]*)<\/div>\s*<noscript>/.exec(indexHtml)?.[1] ?? '';
  return inner.replace(/>\s+</g, '><').replace(/\s+</g, '<').replace(/>\s+/g, '>').trim();
}

describe('the static shell in index.html', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is the frame the app first renders, so React taking over changes nothing on screen', () => {
    // Any path but "/", where the brand link would also be marked as the current page.
    vi.stubGlobal('window', { location: { pathname: '/welcome', hash: '' } });
    const rendered = renderMarkup(
      <RouterProvider>
        <Opening />
      </RouterProvider>,
    );
    // The one difference: before any script runs, Support now must work as a plain link.
    const withLink = rendered.replace(
      '<button type="button" class="support-button">Support now</button>',
      '<a href="/support" class="button support-button">Support now</a>',
    );
    expect(withLink).not.toBe(rendered);
    expect(staticShell()).toBe(withLink);
  });

  it('holds no inline script or style, which the Content Security Policy would refuse', () => {
    expect(indexHtml).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(indexHtml).not.toMatch(/<style\b|\sstyle=/);
  });
});

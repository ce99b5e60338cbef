import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activateLanguage } from '../i18n/activate.ts';
import type { Language } from '../i18n/languages.ts';
import { RouterProvider } from '../router/router.tsx';
import { renderMarkup } from '../testing/render-markup.tsx';
import { Opening } from './App.tsx';

const indexHtml = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
const frameWords = readFileSync(new URL('../../frame-words.js', import.meta.url), 'utf8');

/** The frame's words as the app renders them: the skip link, the brand's name, Support now, the wait. */
function wordsOf(markup: string): string[] {
  const at = (pattern: RegExp) => pattern.exec(markup)?.[1] ?? '';
  return [
    at(/class="skip-link"[^>]*>([^<]*)</),
    at(/class="brand"[^>]*aria-label="([^"]*)"|aria-label="([^"]*)"[^>]*class="brand"/),
    at(/class="[^"]*support-button"[^>]*>([^<]*)</),
    at(/class="loading"[^>]*>([^<]*)</),
  ];
}

/** Runs frame-words.js on a page with the frame, for a device with this stored choice and browser. */
function runFrameWords(stored: string | null | Error, browser: readonly string[]) {
  const written: Record<string, string> = {};
  const element = (name: string) => ({
    set textContent(value: string) {
      written[name] = value;
    },
    setAttribute: (attribute: string, value: string) => (written[`${name} ${attribute}`] = value),
  });
  const html = { lang: 'en' };
  runInNewContext(frameWords, {
    localStorage: {
      getItem: (key: string) => {
        if (stored instanceof Error) throw stored;
        return key === 'tend.language' ? stored : null;
      },
    },
    navigator: { languages: browser },
    document: {
      documentElement: html,
      querySelector: (selector: string) => element(selector.replace('#root .', '')),
      createElement: () => element('nowhere'),
    },
  });
  const words = [
    written['skip-link'],
    written['brand aria-label'],
    written['support-button'],
    written['loading'],
  ];
  return { lang: html.lang, words: words.every((w) => w === undefined) ? null : words };
}

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

  it.each(['de', 'es'] as const)(
    'speaks %s before the app has loaded, with the words the app then renders',
    async (language: Language) => {
      vi.stubGlobal('window', { location: { pathname: '/welcome', hash: '' } });
      await activateLanguage(language);
      const rendered = renderMarkup(
        <RouterProvider>
          <Opening />
        </RouterProvider>,
      );
      await activateLanguage('en');
      const expected = wordsOf(rendered);
      expect(expected.every(Boolean)).toBe(true);
      expect(runFrameWords(language, ['en-GB'])).toEqual({ lang: language, words: expected });
      expect(runFrameWords(null, [`${language}-AT`, 'en'])).toEqual({ lang: language, words: expected });
    },
  );

  it('stays English when that is the choice, or the browser asks for it before German or Spanish', () => {
    expect(runFrameWords('en', ['de-DE'])).toEqual({ lang: 'en', words: null });
    expect(runFrameWords(null, ['fr-FR', 'en-US', 'de'])).toEqual({ lang: 'en', words: null });
    expect(runFrameWords(null, ['fr-FR'])).toEqual({ lang: 'en', words: null });
  });

  it('follows the browser when storage is refused', () => {
    expect(runFrameWords(new Error('refused'), ['es-MX']).lang).toBe('es');
  });

  it('holds no inline script or style, which the Content Security Policy would refuse', () => {
    expect(indexHtml).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(indexHtml).not.toMatch(/<style\b|\sstyle=/);
  });
});

import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { bundleHeadScript } from '../../scripts/head-script-plugin.ts';
import { activateLanguage } from '../i18n/activate.ts';
import type { Language } from '../i18n/languages.ts';
import { RouterProvider } from '../router/router.tsx';
import { renderMarkup } from '../testing/render-markup.tsx';
import { createLazyVaultService } from '../vault/lazy-vault-service.ts';
import { App, Opening } from './App.tsx';

const indexHtml = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
/** The head script as the build makes it, with the catalogues' words in it. */
let headScript = '';

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

/**
 * Runs the built head script on a page whose frame is there (read before the script), for a device
 * with this stored choice and browser, which has held a vault (so the welcome stays hidden).
 */
function runFrameWords(stored: string | null | Error, browser: readonly string[]) {
  const written: Record<string, string> = {};
  const element = (name: string) => ({
    set textContent(value: string) {
      written[name] = value;
    },
    setAttribute: (attribute: string, value: string) => (written[`${name} ${attribute}`] = value),
  });
  const html = { lang: 'en' };
  runInNewContext(headScript, {
    localStorage: {
      getItem: (key: string) => {
        if (stored instanceof Error) throw stored;
        return { 'tend.language': stored, 'tend.vault-here': '1' }[key] ?? null;
      },
    },
    navigator: { languages: browser },
    location: { pathname: '/' },
    document: {
      readyState: 'interactive',
      documentElement: html,
      querySelector: (selector: string) => element(selector.replace('#root .', '')),
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

/** The markup without the whitespace that only lays out the file (runs of it are one space in text). */
function compact(html: string): string {
  return html
    .replace(/\s+/g, ' ')
    .replace(/>\s+</g, '><')
    .replace(/\s+</g, '<')
    .replace(/>\s+/g, '>')
    .replace(/\s*\/?>/g, '>')
    .replace(/\s([a-zA-Z-]+)=/g, (attribute) => attribute.toLowerCase())
    .trim();
}

/** The markup inside #root. */
function staticShell(): string {
  return compact(/<div id="root">([\s\S]*)<\/div>\s*<noscript>/.exec(indexHtml)?.[1] ?? '');
}

const welcomeStart = '<div class="static-welcome" hidden>';

/** index.html's frame as it shows with no script, or before the first-visit script has shown the welcome. */
function openingShell(): string {
  const shell = staticShell();
  const start = shell.indexOf(welcomeStart);
  return shell.slice(0, start) + shell.slice(shell.indexOf('</main>'));
}

/** index.html's welcome, as the first-visit script shows it in place of "One moment…". */
function welcomePage(): string {
  const shell = staticShell();
  return shell.slice(shell.indexOf(welcomeStart) + welcomeStart.length, shell.lastIndexOf('</div></main>'));
}

/** The screen inside the app's <main>. */
function pageIn(rendered: string): string {
  return /<main[^>]*>([\s\S]*)<\/main>/.exec(rendered)?.[1] ?? '';
}

/** Before any script runs, Support now must work as a plain link. */
function withSupportLink(rendered: string): string {
  const withLink = rendered.replace(
    '<button type="button" class="support-button">Support now</button>',
    '<a href="/support" class="button support-button">Support now</a>',
  );
  expect(withLink).not.toBe(rendered);
  return withLink;
}

/** React's generated ids (useId), numbered in order of appearance as index.html numbers its own. */
function plainIds(html: string): string {
  const ids = new Map<string, string>();
  return html.replace(/_[rR]_[0-9a-zA-Z]+_|«[rR][0-9a-zA-Z]+»|:[rR][0-9a-zA-Z]+:/g, (id) => {
    if (!ids.has(id)) ids.set(id, `welcome-${ids.size + 1}`);
    return ids.get(id) ?? id;
  });
}

describe('the static shell in index.html', () => {
  beforeAll(async () => {
    headScript = await bundleHeadScript();
  });

  afterEach(() => vi.unstubAllGlobals());

  it('is the frame the app first renders, so React taking over changes nothing on screen', () => {
    // Any path but "/", where the brand link would also be marked as the current page.
    vi.stubGlobal('window', { location: { pathname: '/welcome', hash: '' } });
    const rendered = renderMarkup(
      <RouterProvider>
        <Opening />
      </RouterProvider>,
    );
    expect(openingShell()).toBe(compact(withSupportLink(rendered)));
  });

  it('holds the welcome the app first renders on a first visit, for the first-visit script to show', () => {
    vi.stubGlobal('window', { location: { pathname: '/welcome', hash: '' } });
    const context = {
      vault: createLazyVaultService(),
      ports: { clock: { now: () => 0 }, ids: { newId: () => '' } },
    };
    const rendered = compact(plainIds(pageIn(renderMarkup(<App context={context} isFirstVisit />))));
    expect(rendered).toContain('Make a vault');
    expect(welcomePage()).toBe(rendered);
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

  it('names no field, so a form sent with no script at all carries nothing a person typed', () => {
    expect(staticShell()).not.toMatch(/<(input|select|textarea)\b[^>]*\sname=(?!"welcome-\d+")/);
  });
});

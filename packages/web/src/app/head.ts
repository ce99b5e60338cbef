import { resolveLanguage, type Language } from '../i18n/languages.ts';
import { storedLanguageChoice } from '../i18n/stored-language.ts';
import type { FrameWords } from './frame-words.ts';
import { startStaticWelcome } from './static-welcome.ts';

/*
 * The page's one script before the app (built on its own as /head.js by scripts/head-script-plugin.ts,
 * run first in index.html's head, before the body is drawn): the frame speaks the language the app
 * will speak, and on a first visit the welcome held in index.html shows (static-welcome.ts).
 */

/** Where each of the frame's words goes, in the order of `FrameWords`. */
const frameSlots = [
  ['skip-link', null],
  ['brand', 'aria-label'],
  ['support-button', null],
  ['loading', null],
] as const;

/** Whether the parser has finished an element: it, or one of its ancestors, has a node after it. */
function isFinished(element: Node): boolean {
  for (let node: Node | null = element; node; node = node.parentNode) if (node.nextSibling) return true;
  return false;
}

/**
 * Puts `lang` on the page at once, and the frame's words in that language as the parser reaches them,
 * before the frame is first painted (a mutation observer runs before the browser paints), so the frame
 * never shows in English first. English is the markup's own language: nothing to write.
 */
export function speakFrame(
  doc: Document,
  language: Language,
  table: Partial<Record<Language, FrameWords>>,
): void {
  const words = table[language];
  if (!words) return;
  doc.documentElement.lang = language;
  const written = new Set<string>();
  const write = (isParsed: boolean) => {
    frameSlots.forEach(([name, attribute], i) => {
      const element = doc.querySelector(`#root .${name}`);
      if (!element || written.has(name) || !(isParsed || isFinished(element))) return;
      written.add(name);
      if (attribute) element.setAttribute(attribute, words[i] ?? '');
      else element.textContent = words[i] ?? '';
    });
    return written.size === frameSlots.length;
  };
  if (doc.readyState !== 'loading') {
    write(true);
    return;
  }
  const observer = new MutationObserver(() => {
    if (write(false)) observer.disconnect();
  });
  observer.observe(doc, { childList: true, subtree: true });
  // eslint-disable-next-line lingui/no-unlocalized-strings -- an event's name, not words
  doc.addEventListener('DOMContentLoaded', () => {
    observer.disconnect();
    write(true);
  });
}

/** Everything the head script does, for this page and this browser. */
export function startHead(
  doc: Document,
  path: string,
  preferred: readonly string[],
  table: Partial<Record<Language, FrameWords>>,
): void {
  speakFrame(doc, resolveLanguage(storedLanguageChoice(), preferred), table);
  startStaticWelcome(doc, path, preferred);
}

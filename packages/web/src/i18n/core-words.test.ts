import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { generateMessageId } from '@lingui/message-utils/generateMessageId';
import { noticingCopy } from '@tend/core';
import { afterAll, describe, expect, it } from 'vitest';
import { activateLanguage } from './activate.ts';
import { coreWord } from './core-words.ts';
import { collectCoreWords } from './core-words-collect.ts';

const coreRoot = join(import.meta.dirname, '..', '..', '..', 'core', 'src');
const languages = ['de', 'es'] as const;

function wordFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return wordFiles(path);
    return /-(words|copy)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Every word of core's word tables, with the file it is in. */
function coreWords(): Map<string, string> {
  const found = new Map<string, string>();
  for (const path of wordFiles(coreRoot))
    for (const word of collectCoreWords(path, readFileSync(path, 'utf8')))
      if (!found.has(word)) found.set(word, relative(coreRoot, path));
  return found;
}

function table(language: (typeof languages)[number]): Record<string, unknown> {
  const path = join(import.meta.dirname, 'core-words', `${language}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

describe("core's words in German and Spanish (i18n/core-words/<language>.json)", () => {
  const words = coreWords();

  it('finds the word tables of every domain', () => {
    const files = new Set(words.values());
    for (const file of ['meetings/meeting-words.ts', 'practice/share-words.ts', 'noticing/noticing-copy.ts'])
      expect(files).toContain(file);
    expect(words.size).toBeGreaterThan(300);
  });

  it.each(languages)('has every word of core in %s', (language) => {
    const translated = table(language);
    const missing = [...words].filter(([word]) => !Object.hasOwn(translated, word));
    expect(missing.map(([word, file]) => `${file}: ${word}`)).toEqual([]);
  });

  it.each(languages)('holds no word in %s that core no longer has', (language) => {
    const stale = Object.keys(table(language)).filter((word) => !words.has(word));
    expect(stale).toEqual([]);
  });

  it.each(languages)(
    'writes every word in %s as plain text: no placeholder, nothing left empty',
    (language) => {
      const unfit = Object.entries(table(language)).filter(
        ([, text]) => typeof text !== 'string' || text.trim() === '' || /[{}#]/.test(text),
      );
      expect(unfit).toEqual([]);
    },
  );

  it('are plain text in every language, so the browser shows them with no message compiler', () => {
    const texts = [...words.keys(), ...languages.flatMap((language) => Object.values(table(language)))];
    const compiled = texts.filter(
      (text) => typeof text === 'string' && compileMessage(text).join('') !== text,
    );
    expect(compiled).toEqual([]);
  });

  it('keeps apart from the catalogues, whose ids are short hashes, so neither hides the other', () => {
    const webRoot = join(import.meta.dirname, '..');
    const catalogues = readdirSync(webRoot, { recursive: true, encoding: 'utf8' }).filter((path) =>
      /(^|[\\/])locales[\\/]en\.po$/.test(path),
    );
    expect(catalogues.length).toBeGreaterThan(0);
    const ids = catalogues.flatMap((path) =>
      [...readFileSync(join(webRoot, path), 'utf8').matchAll(/^msgid "(.+)"$/gm)].map((m) =>
        generateMessageId(JSON.parse(`"${m[1] ?? ''}"`) as string),
      ),
    );
    expect(ids.filter((id) => words.has(id))).toEqual([]);
  });

  afterAll(() => activateLanguage('en'));

  it.each(languages)(
    'names every gentle noticing and asks its kinder question in %s, though noticing reads English',
    (language) => {
      const translated = table(language);
      const untranslated = Object.values(noticingCopy)
        .flatMap(({ name, question }) => [name, question])
        .filter((english) => typeof translated[english] !== 'string' || translated[english] === english);
      expect(untranslated).toEqual([]);
    },
  );

  it('shows a core word in the language Tend speaks, and English for a word it does not know', async () => {
    await activateLanguage('de');
    expect(coreWord('Pauses')).toBe('Pausen');
    expect(coreWord('The part I named myself')).toBe('The part I named myself');
    await activateLanguage('es');
    expect(coreWord('Pauses')).toBe('Pausas');
    await activateLanguage('en');
    expect(coreWord('Pauses')).toBe('Pauses');
  });
});

describe('which of a word file’s strings are words', () => {
  it('takes the values of word tables and their lists; leaves keys, kinds, sentence pieces and types', () => {
    const sample = `import type { Kind } from './kind.ts';
      export const kinds = ['one-kind', 'another'] as const;
      export const words = { 'one-kind': 'A word', nested: { deep: 'A deeper word' } } satisfies Record<Kind, string>;
      export const copy = {
        months: ['January', 'February'],
        units: { minutes: ['minute', 'minutes'] } as const,
        many: (n: number): string => \`\${n} moments\`,
        once: (n: number): string => (n === 1 ? 'once' : 'often'),
        plain: 'A sentence.',
      };
      export function fallback(name: string): string { return name || 'A part'; }
      type Choice = 'a' | 'b';`;
    expect(collectCoreWords('sample.ts', sample)).toEqual([
      'A word',
      'A deeper word',
      'January',
      'February',
      'minute',
      'minutes',
      'A sentence.',
    ]);
  });
});

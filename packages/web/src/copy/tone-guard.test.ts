import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectStrings } from './collect-strings.ts';
import { checkTone, forbiddenPhrases, forbiddenPhrasesByLanguage } from './tone-phrases.ts';

const sourceRoot = join(import.meta.dirname, '..');
/** The domain's word tables and sentences live in core, beside each domain; they are read here too. */
const coreRoot = join(import.meta.dirname, '..', '..', '..', 'core', 'src');
/** The list of forbidden phrases names them, of course; it is the one file allowed to. */
const exempt = new Set([join(sourceRoot, 'copy', 'tone-phrases.ts')]);

/** Core's word tables (`*-words.ts`) and sentences (`*-copy.ts`), the words screens and shared items show. */
function coreWordFiles(): string[] {
  return sourceFiles(coreRoot).filter((path) => /-(words|copy)\.ts$/.test(path));
}

function sourceFiles(dir: string, only?: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path, only);
    if (only) return only.test(path) ? [path] : [];
    const isSource = /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name);
    return isSource && !exempt.has(path) ? [path] : [];
  });
}

/** Every literal is checked, code strings included: class names, keys and paths hold no "!" or phrase. */
function problemsIn(path: string) {
  return collectStrings(path, readFileSync(path, 'utf8')).flatMap((text) =>
    checkTone(text).map((problem) => ({ file: relative(sourceRoot, path), ...problem })),
  );
}

describe('tone guard', () => {
  it('finds the source files it guards', () => {
    const files = sourceFiles(sourceRoot).map((f) => relative(sourceRoot, f));
    expect(files).toContain('screens/welcome/WelcomeScreen.tsx');
    expect(files).toContain('screens/support/SupportScreen.tsx');
    expect(files.some((f) => f.endsWith('.test.ts'))).toBe(false);
    const coreFiles = coreWordFiles().map((f) => relative(coreRoot, f));
    expect(coreFiles).toContain('meetings/meeting-words.ts');
    expect(coreFiles).toContain('practice/share-words.ts');
  });

  it('finds no forbidden phrase and no exclamation mark in any user-facing string', () => {
    const problems = [...sourceFiles(sourceRoot), ...coreWordFiles()].flatMap(problemsIn);
    expect(problems).toEqual([]);
  });

  it('names every rule in docs/CARE.md, where the words Tend never says are explained', () => {
    const care = readFileSync(join(sourceRoot, '..', '..', '..', 'docs', 'CARE.md'), 'utf8').replace(
      /\s+/g,
      ' ',
    );
    const unnamed = forbiddenPhrases
      .filter(({ phrase }) => !care.includes(`"${phrase}"`))
      .map((p) => p.phrase);
    expect(unnamed).toEqual([]);
  });

  it('catches every forbidden phrase and an exclamation mark in a bad sample', () => {
    const bad = [
      'This will fix you.',
      'Get rid of that part.',
      'Overcome your fear.',
      'Heal your inner child today.',
      'You are fully healed.',
      '80% healed',
      'Level up your practice.',
      "You're broken.",
      'Keep your streak going.',
      'You missed yesterday.',
      "Don't break the chain.",
      "You haven't logged in for a week.",
      'Only 3 days to go.',
      '5 days in a row.',
      'Well done!',
    ];
    for (const text of bad) expect(checkTone(text), text).not.toEqual([]);
    expect(forbiddenPhrases.length).toBeGreaterThanOrEqual(14);
  });

  it('collects string literals, template text and JSX text from source', () => {
    const sample = `import x from 'fix-module';
      const a = 'Keep your streak';
      const b = \`Only \${n} days left\`;
      export const C = () => <p>Great job!</p>;
      const words = { 'tried-to-fix': 'Fix it.' };`;
    const strings = collectStrings('sample.tsx', sample);
    expect(strings).toEqual(['Keep your streak', 'Only ${…} days left', 'Great job!', 'Fix it.']);
    expect(strings.flatMap((s) => checkTone(s)).map((p) => p.rule)).toEqual([
      'streak',
      'only N days',
      'exclamation mark',
      'fix',
    ]);
  });

  it('lets gentle words through', () => {
    for (const text of [
      'Would you like to write a few words?',
      'Saved',
      '3 kindness moments this week',
      'prefix',
    ])
      expect(checkTone(text)).toEqual([]);
  });
});

/**
 * Every German or Spanish message in the web app's catalogues (`locales/<language>.po`), and core's
 * words in that language (`i18n/core-words/<language>.json`).
 */
function catalogueMessages(language: 'de' | 'es'): { file: string; text: string }[] {
  const catalogues = sourceFiles(sourceRoot, /[\\/]locales[\\/](de|es)\.po$/).filter((path) =>
    path.endsWith(`${language}.po`),
  );
  const coreWords = join(sourceRoot, 'i18n', 'core-words', `${language}.json`);
  return [
    ...catalogues.flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(/^msgstr "(.*)"$/gm)]
        .map((m) => m[1] ?? '')
        .filter((text) => text !== '')
        .map((text) => ({ file: relative(sourceRoot, path), text })),
    ),
    ...Object.values(JSON.parse(readFileSync(coreWords, 'utf8')) as Record<string, string>).map((text) => ({
      file: relative(sourceRoot, coreWords),
      text,
    })),
  ];
}

describe('tone guard in every language', () => {
  it.each(['de', 'es'] as const)('finds no forbidden phrase and no exclamation mark in %s', (language) => {
    const messages = catalogueMessages(language);
    expect(messages.length).toBeGreaterThan(0);
    const problems = messages.flatMap(({ file, text }) =>
      checkTone(text, language).map((problem) => ({ file, ...problem })),
    );
    expect(problems).toEqual([]);
  });

  it('catches each German and Spanish rule in a bad sample', () => {
    const bad = {
      de: [
        'Das wird dich reparieren.',
        'Werde diesen Anteil los.',
        'Überwinde deine Angst.',
        'Du bist vollständig geheilt.',
        'Halte deine Serie.',
        'Du hast gestern verpasst.',
        '5 Tage in Folge.',
        'Nur noch 3 Tage.',
        'Gut gemacht!',
      ],
      es: [
        'Esto te va a arreglar.',
        'Deshazte de esa parte.',
        'Supera tu miedo.',
        'Estás totalmente sanado.',
        'Mantén tu racha.',
        'Te perdiste ayer.',
        '5 días seguidos.',
        'Solo 3 días.',
        '¡Bien hecho!',
      ],
    } as const;
    for (const language of ['de', 'es'] as const)
      for (const text of bad[language]) expect(checkTone(text, language), text).not.toEqual([]);
  });

  it('names every German and Spanish rule in docs/CARE.md', () => {
    const care = readFileSync(join(sourceRoot, '..', '..', '..', 'docs', 'CARE.md'), 'utf8').replace(
      /\s+/g,
      ' ',
    );
    const unnamed = (['de', 'es'] as const).flatMap((language) =>
      forbiddenPhrasesByLanguage[language]
        .filter(({ phrase }) => !care.includes(`"${phrase}"`))
        .map((p) => p.phrase),
    );
    expect(unnamed).toEqual([]);
  });
});

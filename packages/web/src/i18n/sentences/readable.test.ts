import {
  generateVault,
  isPart,
  isRelationship,
  localDate,
  readableWords,
  shareLabels,
  sessionMarkdown,
  sessionPage,
  shareDocument,
  vaultMarkdownFiles,
  type SessionChoice,
} from '@tend/core';
import { afterAll, describe, expect, it } from 'vitest';
import { activateLanguage } from '../activate.ts';
import { readableLanguageNow } from './readable.ts';
import { shareLanguageNow } from './share.ts';

const objects = generateVault({ years: 1, seed: 11 });
/** Enough of every kind for the export, few enough to compare whole. */
const some = objects.slice(0, 400);
const byId = new Map(objects.map((o) => [o.id, o]));
const lookup = (id: string) => byId.get(id);
const ids = [objects.find(isPart)?.id ?? '', objects.find(isRelationship)?.id ?? ''];
const choice: SessionChoice = {
  from: '2026-01-01',
  to: '2026-12-31',
  kinds: ['meeting', 'pause', 'relational-check-in'],
  ids,
  leftOut: [],
  withLists: true,
};
const page = () => sessionPage(objects, lookup, choice, '2026-11-01', localDate, readableLanguageNow());

/** Tend's own sentences and headings of the readable copy, as core writes them in English. */
const englishSentences = [
  ...Object.values(readableWords).filter((v): v is string => typeof v === 'string'),
  // Every label and fixed title of the items themselves.
  ...Object.values<unknown>(shareLabels).filter((v): v is string => typeof v === 'string'),
  'Meeting with',
  'out of 10',
  'Check-in after time with',
  readableWords.madeOn('2026-11-01'),
  'you mostly felt',
  'some of the time',
  'has not been noted yet',
  'You have met this part',
  'How you related to',
  'What time with',
  'Pictures of these days',
];

/** Whether `text` holds `english` as whole words ("a part" is not in "una parte"). */
const holds = (text: string, english: string): boolean => {
  const escaped = english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'u').test(text);
};

describe('the readable copy in the language Tend speaks', () => {
  afterAll(() => activateLanguage('en'));

  it('reads in English exactly as core writes it', async () => {
    await activateLanguage('en');
    const english = sessionPage(objects, lookup, choice, '2026-11-01', localDate);
    expect(page()).toEqual(english);
    expect(sessionMarkdown(page(), readableLanguageNow())).toBe(sessionMarkdown(english));
    const said = vaultMarkdownFiles(some, lookup, '2026-11-01', localDate, readableLanguageNow());
    const core = vaultMarkdownFiles(some, lookup, '2026-11-01', localDate);
    expect(said.length).toBe(core.length);
    for (const [i, file] of said.entries()) expect(file).toEqual(core[i]);
  });

  it.each(['de', 'es'] as const)('says no English sentence of its own in %s', async (language) => {
    await activateLanguage(language);
    const markdown = sessionMarkdown(page(), readableLanguageNow());
    expect(page().pictures.length).toBeGreaterThan(1);
    expect(page().documents.length).toBeGreaterThan(10);
    expect(englishSentences.filter((english) => holds(markdown, english))).toEqual([]);
    const index = vaultMarkdownFiles(some, lookup, '2026-11-01', localDate, readableLanguageNow())[0];
    expect(englishSentences.filter((english) => holds(index?.text ?? '', english))).toEqual([]);
  });

  it('heads the page, its pictures and the export in German and Spanish', async () => {
    await activateLanguage('de');
    const german = sessionMarkdown(page(), readableLanguageNow());
    expect(german).toMatch(
      /^# Für meine Sitzung\n\nPrivat · 1\. Januar 2026 bis 31\. Dezember 2026\n\nErstellt am 1\. November 2026/,
    );
    expect(german).toContain('Zeit mit ');
    const folders = vaultMarkdownFiles(some, lookup, '2026-11-01', localDate, readableLanguageNow());
    expect(folders.some((f) => f.path.startsWith('Tagebuch/'))).toBe(true);
    await activateLanguage('es');
    const spanish = sessionMarkdown(page(), readableLanguageNow());
    expect(spanish).toMatch(/^# Para mi sesión\n\nPrivado · 1 de enero de 2026 a 31 de diciembre de 2026/);
    expect(spanish).toContain('Tiempo con ');
  });

  it('writes what a person shares with their practitioner in their language, and in English as core does', async () => {
    await activateLanguage('en');
    for (const object of some)
      expect(shareDocument(object, lookup, shareLanguageNow())).toEqual(shareDocument(object, lookup));
    await activateLanguage('de');
    const meeting = some.find((o) => o.kind === 'meeting');
    const german = meeting && shareDocument(meeting, lookup, shareLanguageNow());
    expect(german?.title).toMatch(/^Begegnung mit /);
    const labels = Object.values<unknown>(shareLabels).filter((v): v is string => typeof v === 'string');
    expect(german?.sections.filter((s) => labels.includes(s.label))).toEqual([]);
  });
});

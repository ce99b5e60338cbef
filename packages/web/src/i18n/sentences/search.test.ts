import { buildSearchIndex, generateVault } from '@tend/core';
import { afterAll, describe, expect, it } from 'vitest';
import { activateLanguage } from '../activate.ts';
import { searchTitlesNow } from './search.ts';

const objects = generateVault({ years: 1, seed: 5 });
const titles = (index: ReturnType<typeof buildSearchIndex>, kind: string) =>
  index.entries.filter((e) => e.kind === kind).map((e) => e.title);

describe('what a search finds, titled in the language Tend speaks', () => {
  afterAll(() => activateLanguage('en'));

  it('titles in English exactly as core does', async () => {
    await activateLanguage('en');
    expect(buildSearchIndex(objects, searchTitlesNow())).toEqual(buildSearchIndex(objects));
  });

  it('titles meetings, check-ins and pauses in German and Spanish, and finds them by those words', async () => {
    await activateLanguage('de');
    const german = buildSearchIndex(objects, searchTitlesNow());
    for (const kind of ['meeting', 'check-in', 'pause'])
      expect(titles(german, kind).length).toBeGreaterThan(0);
    expect(titles(german, 'meeting').every((t) => t.startsWith('Eine Begegnung mit '))).toBe(true);
    expect(titles(german, 'check-in').every((t) => t.startsWith('Check-in mit '))).toBe(true);
    expect(new Set(titles(german, 'pause'))).toEqual(new Set(['Eine Pause']));
    expect(german.entries.some((e) => e.foldedTitle.includes('begegnung'))).toBe(true);
    await activateLanguage('es');
    const spanish = buildSearchIndex(objects, searchTitlesNow());
    expect(titles(spanish, 'meeting').every((t) => t.startsWith('Un encuentro con '))).toBe(true);
    expect(titles(spanish, 'check-in').every((t) => t.startsWith('Check-in con '))).toBe(true);
    expect(new Set(titles(spanish, 'pause'))).toEqual(new Set(['Una pausa']));
  });
});

import { sayPatternSentence as sayInEnglish, type PatternSentence } from '@tend/core';
import { afterAll, describe, expect, it } from 'vitest';
import { activateLanguage } from '../activate.ts';
import { sayPatternSentence, sayPatternStory } from './pattern-story.ts';

const everySentence = (): PatternSentence[] => [
  { kind: 'no-moments' },
  ...[1, 2, 9].flatMap((times) =>
    [1, 3].map((months): PatternSentence => ({ kind: 'tagged', times, months })),
  ),
  ...[0, 1, 2, 5].flatMap((n) => [
    { kind: 'latest', month: '2026-04', new: n, old: 1, noticedAfterwards: n } as const,
    { kind: 'latest', month: '2026-04', new: 1, old: n, noticedAfterwards: 0 } as const,
  ]),
  ...[1, 2, 7].map((n): PatternSentence => ({ kind: 'in-all', new: n })),
  { kind: 'nonlinear' },
  { kind: 'one-delay', month: '2026-01', minutes: 30 },
  { kind: 'delay-trend', earlier: '2025-12', earlierMinutes: 3 * 60, later: '2026-05', laterMinutes: 0.5 },
];

describe('a pattern’s story said from its facts', () => {
  afterAll(() => activateLanguage('en'));

  it('reads in English exactly as core writes it', async () => {
    await activateLanguage('en');
    for (const withYear of [false, true])
      for (const sentence of everySentence())
        expect(sayPatternSentence(sentence, withYear)).toBe(sayInEnglish(sentence, withYear));
  });

  it('speaks German, once and many times', async () => {
    await activateLanguage('de');
    const facts = {
      withYear: false,
      sentences: [
        { kind: 'tagged', times: 5, months: 2 },
        { kind: 'latest', month: '2026-04', new: 2, old: 1, noticedAfterwards: 0 },
      ] satisfies PatternSentence[],
    };
    expect(sayPatternStory({ facts })).toBe(
      'Du hast dieses Muster 5-mal markiert, verteilt über 2 Monate. ' +
        'Im April hast du notiert: 2-mal die neue Reaktion und einmal die alte Reaktion.',
    );
  });

  it('speaks Spanish, once and many times', async () => {
    await activateLanguage('es');
    expect(sayPatternSentence({ kind: 'tagged', times: 1, months: 1 }, false)).toBe(
      'Has marcado este patrón una vez.',
    );
    expect(sayPatternSentence({ kind: 'in-all', new: 4 }, false)).toBe(
      'A lo largo de estos meses, la respuesta nueva llegó 4 veces.',
    );
  });
});

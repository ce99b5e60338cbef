import {
  describeDelay,
  describeMonth,
  sayStorySentence as sayInEnglish,
  stances,
  type StorySentence,
} from '@tend/core';
import { afterAll, describe, expect, it } from 'vitest';
import { activateLanguage } from '../activate.ts';
import { sayDelay, sayMonth, sayPartStory, sayStorySentence } from './story.ts';

const minutes = [0.5, 1, 20, 61, 90, 3 * 60, 24 * 60, 2 * 24 * 60];

const everySentence = (): StorySentence[] => [
  { kind: 'no-meetings' },
  ...[1, 2, 9].flatMap((times) => [1, 3].map((months): StorySentence => ({ kind: 'met', times, months }))),
  ...stances.flatMap((stance): StorySentence[] => [
    { kind: 'in-month', month: '2026-03', stance },
    { kind: 'steady', stance },
    { kind: 'changed', later: '2026-03', laterStance: stance, earlier: '2025-11', earlierStance: stance },
  ]),
  { kind: 'nonlinear' },
  { kind: 'presence', present: 1, noted: 4 },
  ...minutes.map((m): StorySentence => ({ kind: 'one-projection', month: '2026-01', minutes: m })),
  {
    kind: 'projection-trend',
    earlier: '2026-01',
    earlierMinutes: 2 * 24 * 60,
    later: '2026-05',
    laterMinutes: 1,
  },
];

describe('a part’s story said from its facts', () => {
  afterAll(() => activateLanguage('en'));

  it('reads in English exactly as core writes it', async () => {
    await activateLanguage('en');
    for (const withYear of [false, true])
      for (const sentence of everySentence())
        expect(sayStorySentence(sentence, withYear)).toBe(sayInEnglish(sentence, withYear));
    for (const m of minutes) expect(sayDelay(m)).toBe(describeDelay(m));
    for (let month = 1; month <= 12; month += 1) {
      const key = `2026-${String(month).padStart(2, '0')}`;
      expect([sayMonth(key, false), sayMonth(key, true)]).toEqual([
        describeMonth(key, false),
        describeMonth(key, true),
      ]);
    }
  });

  it('speaks German, once and many times', async () => {
    await activateLanguage('de');
    const facts = {
      withYear: true,
      sentences: [
        { kind: 'met', times: 1, months: 1 },
        {
          kind: 'changed',
          later: '2026-03',
          laterStance: 'stayed-with-compassion',
          earlier: '2025-11',
          earlierStance: 'ran-the-show',
        },
      ] satisfies StorySentence[],
    };
    expect(sayPartStory({ facts })).toBe(
      'Du bist diesem Anteil einmal begegnet. Im März 2026 bist du meist mit Mitgefühl bei diesem Anteil geblieben; ' +
        'im November 2025 hat er öfter das Ruder übernommen.',
    );
    expect(sayStorySentence({ kind: 'met', times: 4, months: 2 }, false)).toBe(
      'Du bist diesem Anteil 4-mal begegnet, verteilt über 2 Monate.',
    );
    expect(sayStorySentence({ kind: 'one-projection', month: '2026-01', minutes: 24 * 60 }, false)).toBe(
      'Im Januar hat es etwa 1 Tag gedauert, bis du eine Projektion erkannt hast.',
    );
    expect(sayDelay(3 * 24 * 60)).toBe('3 Tage');
    expect(sayDelay(1)).toBe('1 Minute');
  });

  it('speaks Spanish, once and many times', async () => {
    await activateLanguage('es');
    expect(sayStorySentence({ kind: 'met', times: 1, months: 1 }, false)).toBe(
      'Te has encontrado con esta parte una vez.',
    );
    expect(sayStorySentence({ kind: 'in-month', month: '2026-03', stance: 'exiled' }, true)).toBe(
      'En marzo de 2026 casi siempre apartaste a esta parte.',
    );
    expect(
      sayStorySentence(
        {
          kind: 'projection-trend',
          earlier: '2026-01',
          earlierMinutes: 60,
          later: '2026-05',
          laterMinutes: 20,
        },
        false,
      ),
    ).toBe(
      'Reconocer una proyección te llevó más o menos 1 hora en enero, y más o menos 20 minutos en mayo.',
    );
    expect(sayDelay(5 * 60)).toBe('5 horas');
  });
});

import {
  checkInQualities,
  lookingBackCopy as copy,
  lookingBackSpans,
  type LookingBack,
  type LookingBackQuality,
} from '@tend/core';
import { afterAll, describe, expect, it } from 'vitest';
import { activateLanguage } from '../activate.ts';
import {
  sayGrief,
  sayKindness,
  sayPauses,
  sayPerson,
  sayQualities,
  sayQuality,
  saySelfTalk,
  sayUneven,
} from './looking-back.ts';

const counts = [0, 1, 2, 7];

const pauses = (total: number, newer = 0, old = 0): Pick<LookingBack, 'span' | 'pauses'> => ({
  span: 'month',
  pauses: { months: [], total, neededMost: [], helpedMost: [], newer, old, summary: '' },
});

const quality = (often: number, noted: number, people: number): LookingBackQuality => ({
  quality: 'seen',
  months: [],
  often,
  noted,
  people,
  summary: '',
});

const person = (nourished: number, depleted: number, inBetween: number, checkIns: number) => ({
  relationshipId: 'r',
  name: 'Sam',
  nourished,
  depleted,
  inBetween,
  checkIns,
  summary: '',
});

describe('Looking back said from its facts', () => {
  afterAll(() => activateLanguage('en'));

  it('reads in English exactly as core writes it, for every span and count', async () => {
    await activateLanguage('en');
    for (const span of lookingBackSpans) {
      const words = copy.spanWords[span];
      for (const n of counts) {
        const kindness = { months: [], total: n, summary: '' };
        expect(sayKindness({ span, kindness })).toBe(copy.kindness(words, n));
        expect(sayPauses({ ...pauses(n), span })).toBe(copy.pauses(words, n));
        for (const q of checkInQualities) {
          const seen = { ...quality(Math.min(n, 1), n, n), quality: q };
          expect(sayQuality(span, seen)).toBe(
            n ? copy.quality(words, q, seen.often, n, n) : copy.qualityQuiet(words, q),
          );
        }
        expect(sayPerson(person(0, 0, 0, n || 1))).toBe(copy.relationshipQuiet('Sam', n || 1));
        expect(sayPerson(person(n, 1, n, 3))).toBe(copy.relationship('Sam', n, 1, n));
        const grief = { griefId: 'g', title: 'Who I was', untitled: false, returns: n, summary: '' };
        expect(sayGrief(grief)).toBe(n ? copy.griefReturned('Who I was', n) : copy.griefCarried('Who I was'));
      }
      const noted = [quality(2, 3, 2), { ...quality(0, 2, 1), quality: 'validated' as const }];
      const qualities = { qualities: noted, overview: null, summary: '' };
      expect(sayQualities({ span, qualities: { ...qualities, mostAndRarer: null } })).toBe(
        copy.qualitiesMove,
      );
      expect(
        sayQualities({
          span,
          qualities: { ...qualities, mostAndRarer: { most: 'seen', rarer: 'validated' } },
        }),
      ).toBe(`${copy.qualitiesOverview(words, 'seen', 'validated')} ${copy.qualitiesMove}`);
      expect(
        sayQualities({ span, qualities: { qualities: [], overview: null, mostAndRarer: null, summary: '' } }),
      ).toBe(copy.qualitiesNone(words));
      const selfTalk = { months: [], pieces: 0, byPattern: [], summary: '' };
      expect(saySelfTalk({ span, selfTalk })).toBe(copy.selfTalkNone(words));
      const byPattern = [
        { pattern: 'should' as const, count: 2 },
        { pattern: 'labelling' as const, count: 1 },
      ];
      expect(saySelfTalk({ span, selfTalk: { ...selfTalk, pieces: 2, byPattern } })).toBe(
        `${copy.selfTalk(words, 2, [
          ['should', 2],
          ['labelling', 1],
        ])} ${copy.selfTalkWaves}`,
      );
    }
    expect(sayPauses(pauses(0, 1, 3))).toBe(
      `${copy.pauses(copy.spanWords.month, 0)} ${copy.pauseResponses(1, 3)}`,
    );
    const full = pauses(2);
    const helped = [
      { resourceId: 'a', name: 'A slow walk', pauses: 2 },
      { resourceId: 'b', name: 'Jo', pauses: 1 },
    ];
    expect(
      sayPauses({
        ...full,
        pauses: { ...full.pauses, neededMost: ['rest', 'to-be-heard'], helpedMost: helped },
      }),
    ).toBe(
      `${copy.pauses(copy.spanWords.month, 2)} ${copy.neededMost(['rest', 'to-be-heard'])} ${copy.helpedMost(['A slow walk', 'Jo'])}`,
    );
    expect(sayUneven({ uneven: copy.uneven })).toBe(copy.uneven);
    expect(sayUneven({ uneven: null })).toBeNull();
  });

  it('speaks German, once and many times, in its own word order', async () => {
    await activateLanguage('de');
    expect(sayKindness({ span: 'month', kindness: { months: [], total: 1, summary: '' } })).toBe(
      '1 Moment der Freundlichkeit wurde im letzten Monat notiert.',
    );
    expect(sayKindness({ span: 'season', kindness: { months: [], total: 4, summary: '' } })).toBe(
      '4 Momente der Freundlichkeit wurden in den letzten drei Monaten notiert.',
    );
    expect(sayPauses(pauses(1, 1, 2))).toBe(
      'Du hast im letzten Monat einmal eine Pause gemacht. ' +
        'Die neue Reaktion, die du übst, kam einmal, die alte 2-mal; beides gehört zur Arbeit.',
    );
    expect(sayPerson(person(2, 1, 0, 3))).toBe(
      'Nach der Zeit mit Sam hast du dich 2-mal gestärkt und einmal ausgelaugt gefühlt.',
    );
    expect(sayQuality('year', quality(1, 1, 1))).toBe(
      'Im letzten Jahr hast du es einmal notiert: Du hast dich größtenteils oder ganz gesehen gefühlt.',
    );
    expect(sayQuality('year', quality(2, 5, 3))).toBe(
      'Im letzten Jahr hast du es 5-mal notiert, bei 3 Personen, und 2-mal hast du dich größtenteils oder ganz gesehen gefühlt.',
    );
    const untitled = { griefId: 'g', title: 'A past version of me', untitled: true, returns: 0, summary: '' };
    expect(sayGrief(untitled)).not.toContain('A past version of me');
    const selfTalk = {
      months: [],
      pieces: 1,
      byPattern: [{ pattern: 'should' as const, count: 1 }],
      summary: '',
    };
    expect(saySelfTalk({ span: 'month', selfTalk })).toMatch(
      /^Sanftes Bemerken hat im letzten Monat in einem deiner Texte /,
    );
  });

  it('speaks Spanish, once and many times, with tú', async () => {
    await activateLanguage('es');
    expect(sayKindness({ span: 'year', kindness: { months: [], total: 1, summary: '' } })).toBe(
      'Se anotó 1 momento de amabilidad en el último año.',
    );
    expect(sayKindness({ span: 'everything', kindness: { months: [], total: 3, summary: '' } })).toBe(
      'Se anotaron 3 momentos de amabilidad en todo el tiempo que llevas usando Tend.',
    );
    expect(sayPauses(pauses(5))).toBe('Hiciste una pausa 5 veces en el último mes.');
    expect(sayPerson(person(0, 0, 0, 1))).toBe(
      'Hiciste un check-in sobre Sam una vez, sin anotar cómo te sentiste después.',
    );
    expect(sayPerson(person(1, 0, 2, 3))).toBe(
      'Después de estar con Sam, te quedaste con energía renovada una vez y en un punto intermedio 2 veces.',
    );
    expect(sayGrief({ griefId: 'g', title: 'Ana', untitled: false, returns: 2, summary: '' })).toBe(
      'Volviste a «Ana» 2 veces. El duelo puede tomarse su tiempo.',
    );
    expect(sayQuality('month', quality(3, 4, 1))).toBe(
      'En el último mes, sentiste que te veían en gran parte o del todo 3 de las 4 veces que lo anotaste, con una persona.',
    );
  });
});

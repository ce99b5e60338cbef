import {
  checkInQualities,
  qualityStories,
  qualityWeb,
  type CheckInQuality,
  type Felt,
  type RelationalCheckIn,
  type Relationship,
} from '@tend/core';
import { afterAll, describe, expect, it } from 'vitest';
import { activateLanguage } from '../activate.ts';
import { sayQualityOverview, sayQualitySummary, sayQualityWebEntry } from './qualities.ts';

const utcMonth = (ms: number): string => new Date(ms).toISOString().slice(0, 7);
const at = (month: number, day = 10) => Date.UTC(2026, month, day, 12);
const now = at(5, 20);

/** Only the fields the stories read: when, with whom, and the six answers. */
const checkIn = (when: number, answers: Partial<Record<CheckInQuality, Felt>>) =>
  ({
    id: `c${when}`,
    fields: { relationshipId: 'sam', at: when, ...answers },
  }) as unknown as RelationalCheckIn;
const sam = { id: 'sam', fields: { name: 'Sam' } } as unknown as Relationship;

/** Every kind of summary: not yet, quiet lately, mostly, some of the time, rarely, and harder lately. */
const checkIns = [
  checkIn(at(0), { seen: 'fully', validated: 'fully', attunedTo: 'fully', reciprocity: 'mostly' }),
  checkIn(at(1), { validated: 'fully', attunedTo: 'a-little' }),
  checkIn(at(4), { seen: 'mostly', validated: 'a-little', attunedTo: 'not-at-all' }),
  checkIn(at(5), { seen: 'fully', validated: 'mostly', attunedTo: 'a-little', safeAndRespected: 'a-little' }),
  checkIn(at(5, 12), { seen: 'a-little', safeAndRespected: 'mostly' }),
];

const spans = [
  { monthOf: utcMonth },
  { monthOf: utcMonth, months: 1 },
  { monthOf: utcMonth, months: 5 },
  {
    monthOf: utcMonth,
    months: 2,
    spanWords: 'between May and June 2026',
    between: { first: '2026-05', last: '2026-06' },
  },
  { monthOf: utcMonth, months: 1, spanWords: 'in June 2026', between: { first: '2026-06', last: '2026-06' } },
  {
    monthOf: utcMonth,
    months: 8,
    spanWords: 'between November 2025 and June 2026',
    between: { first: '2025-11', last: '2026-06' },
  },
];

describe('the six qualities said in the language Tend speaks', () => {
  afterAll(() => activateLanguage('en'));

  it('reads in English exactly as core writes it', async () => {
    await activateLanguage('en');
    const kinds = new Set<string>();
    for (const options of spans) {
      const stories = qualityStories('Sam', checkIns, now, options);
      expect(sayQualityOverview(stories)).toBe(stories.overview);
      for (const story of stories.qualities) {
        kinds.add(`${story.said.kind}${'harder' in story.said && story.said.harder ? ' harder' : ''}`);
        expect(sayQualitySummary(story, 'Sam', stories.span)).toBe(story.summary);
      }
    }
    for (const kind of ['mostly', 'mostly harder', 'not-yet', 'quiet-lately', 'rarely harder', 'sometimes'])
      expect(kinds).toContain(kind);
    for (const quality of checkInQualities)
      for (const entry of qualityWeb([sam], checkIns, quality, now))
        expect(sayQualityWebEntry(entry, quality)).toBe(entry.explanation);
  });

  it('speaks German', async () => {
    await activateLanguage('de');
    const stories = qualityStories('Sam', checkIns, now, spans[0]);
    const said = stories.qualities.map((s) => sayQualitySummary(s, 'Sam', stories.span));
    expect(said[0]).toBe(
      'In den letzten zwei Monaten hast du dich mit Sam meistens gesehen gefühlt (2 von 3 notierten Malen). ' +
        'In letzter Zeit kam es seltener als früher. Beziehungen verlaufen ungleichmäßig, und eine schwerere Strecke ist eine Information, kein Urteil.',
    );
    expect(said[4]).toBe(
      'In den letzten zwei Monaten hast du dich mit Sam meistens sicher und respektiert gefühlt (1 von 2 notierten Malen).',
    );
    expect(said[5]).toContain('wurde noch nicht notiert');
    expect(sayQualityOverview(stories)).toBe(
      'In den letzten zwei Monaten kam „sich gesehen fühlen“ am häufigsten vor, „Einstimmung spüren“ seltener.',
    );
    const between = qualityStories('Sam', checkIns, now, spans[3]);
    const [seen] = between.qualities;
    expect(seen && sayQualitySummary(seen, 'Sam', between.span)).toMatch(
      /^Zwischen Mai und Juni 2026 hast du/,
    );
    const [entry] = qualityWeb([sam], checkIns, 'seen', now);
    expect(entry && sayQualityWebEntry(entry, 'seen')).toBe(
      'In den letzten 8 Wochen hast du es 3 Mal notiert, und 2-mal hast du dich größtenteils oder ganz gesehen gefühlt.',
    );
  });

  it('speaks Spanish', async () => {
    await activateLanguage('es');
    const stories = qualityStories('Sam', checkIns, now, spans[1]);
    const said = stories.qualities.map((s) => sayQualitySummary(s, 'Sam', stories.span));
    expect(said[0]).toMatch(
      /^Este mes, con Sam casi siempre sentiste que te veían \(1 de 2 veces anotadas\)\. Últimamente/,
    );
    expect(said[3]).toBe(
      'No se anotó nada sobre la reciprocidad este mes; la imagen muestra las veces anteriores.',
    );
    const [entry] = qualityWeb([sam], checkIns, 'reciprocity', now);
    expect(entry && sayQualityWebEntry(entry, 'reciprocity')).toBe(
      'En las últimas 8 semanas no hay suficiente anotado sobre la reciprocidad para decir algo.',
    );
  });
});

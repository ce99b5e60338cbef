import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testPorts, toneProblems } from '../pauses/test-factories.ts';
import { tenYearsOfKindness } from '../testing/ten-years.ts';
import { parseVaultObject } from '../vault/parse-vault-object.ts';
import { checkKindnessMoment, isKindnessMoment } from './check-kindness.ts';
import { kindnessCopy } from './kindness-copy.ts';
import {
  kindnessWhats,
  type KindnessDraft,
  type KindnessMoment,
  type KindnessProblem,
} from './kindness-moment.ts';
import { kindnessThisWeek, weekAround, type WeekStart } from './kindness-this-week.ts';
import { recordKindness } from './record-kindness.ts';

function moment(draft: KindnessDraft): KindnessMoment {
  const result = recordKindness(testPorts(), draft);
  if (!result.ok) throw new Error(result.problems.join());
  return result.moment;
}

/** Local dates, so the tests hold in any time zone. Thursday 19 November 2026. */
const local = (date: number, hour = 12) => new Date(2026, 10, date, hour).getTime();
const thursday = local(19);

describe('checkKindnessMoment', () => {
  it.each<[string, KindnessDraft, KindnessProblem[]]>([
    ['one tap', { what: 'drank-water' }, []],
    ['own words', { what: 'own-words', words: 'Said no to a late call' }, []],
    ['own words, but none given', { what: 'own-words' }, ['words-missing']],
    ['an unknown what', { what: 'ran-a-marathon' as never }, ['what-unknown']],
    ['long words', { what: 'rested', words: 'x'.repeat(501) }, ['words-too-long']],
    ['no time', { what: 'rested', at: Number.NaN }, ['at-invalid']],
  ])('%s', (_, draft, problems) => {
    const result = recordKindness(testPorts(), draft);
    expect(result.ok ? [] : result.problems).toEqual(problems);
    if (result.ok) expect(checkKindnessMoment(result.moment.fields)).toEqual([]);
  });
});

describe('kindness moments', () => {
  it('records with one tap, dated now', () => {
    const ports = testPorts();
    const result = recordKindness(ports, { what: 'moved-gently' });
    expect(result.ok && result.moment.fields).toEqual({
      at: ports.clock.now(),
      what: 'moved-gently',
      words: '',
    });
  });

  it('recognises a moment read back from the vault, and nothing else', () => {
    const m = moment({ what: 'rested' });
    const readBack = parseVaultObject(JSON.parse(JSON.stringify(m)));
    expect(readBack && isKindnessMoment(readBack)).toBe(true);
    expect(isKindnessMoment({ ...m, kind: 'pause' })).toBe(false);
    expect(isKindnessMoment({ ...m, fields: { at: 1, what: 'rested' } })).toBe(false);
  });
});

describe('kindnessThisWeek', () => {
  it.each<[string, WeekStart, number, number]>([
    ['a week from Monday', 1, local(16, 0), local(23, 0)],
    ['a week from Sunday', 0, local(15, 0), local(22, 0)],
    ['a week from Thursday', 4, local(19, 0), local(26, 0)],
    ['a week from Friday', 5, local(13, 0), local(20, 0)],
  ])('%s', (_, weekStartsOn, from, until) => {
    expect(weekAround(thursday, weekStartsOn)).toEqual({ from, until });
  });

  it('counts only this week, per kind, as a gentle fact', () => {
    const moments = [
      moment({ what: 'drank-water', at: local(16, 0) }),
      moment({ what: 'drank-water', at: local(18, 8) }),
      moment({ what: 'rested', at: local(22, 23) }),
      moment({ what: 'rested', at: local(15, 23) }),
      moment({ what: 'ate-when-hungry', at: local(23, 0) }),
    ];
    const week = kindnessThisWeek(moments, thursday, 1);
    expect(week.total).toBe(3);
    expect(week.counts).toMatchObject({ 'drank-water': 2, rested: 1, 'ate-when-hungry': 0 });
    expect(week.sentence).toBe('3 kindness moments this week.');
  });

  it('speaks of a quiet week as open, never as missed', () => {
    expect(kindnessThisWeek([], thursday, 1).sentence).toBe(kindnessCopy.none);
    expect(kindnessThisWeek([moment({ what: 'rested', at: thursday })], thursday, 1).sentence).toBe(
      kindnessCopy.one,
    );
  });

  it('speaks gently in every phrase', () => {
    const phrases = [
      ...Object.values(kindnessCopy.what),
      kindnessCopy.none,
      kindnessCopy.one,
      kindnessCopy.many(7),
    ];
    for (const phrase of phrases) expect(toneProblems(phrase), phrase).toEqual([]);
  });

  it('counts every moment inside the week and none outside it', () => {
    const dayMs = 86_400_000;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20 * dayMs, max: 20 * dayMs }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 6 }),
        (offsets, start) => {
          const weekStartsOn = start as WeekStart;
          const moments = offsets.map((offset, i) =>
            moment({
              what: kindnessWhats[i % kindnessWhats.length] ?? 'rested',
              words: 'mine',
              at: thursday + offset,
            }),
          );
          const week = kindnessThisWeek(moments, thursday, weekStartsOn);
          const inside = moments.filter((m) => m.fields.at >= week.from && m.fields.at < week.until);
          expect(week.total).toBe(inside.length);
          expect(Object.values(week.counts).reduce((a, b) => a + b, 0)).toBe(inside.length);
          expect(week.from).toBeLessThanOrEqual(thursday);
          expect(week.until).toBeGreaterThan(thursday);
          expect(new Date(week.from).getDay()).toBe(weekStartsOn);
          expect(toneProblems(week.sentence)).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });

  // How fast this is lives in `npm run bench:core`; here, only that the count is right at this scale.
  it('counts a week among ten years of moments', () => {
    const { moments, now } = tenYearsOfKindness();
    expect(moments).toHaveLength(30_000);
    const week = kindnessThisWeek(moments, now, 1);
    const { from, until } = weekAround(now, 1);
    expect(week.total).toBe(moments.filter((m) => m.fields.at >= from && m.fields.at < until).length);
    expect(week.total).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { testPorts } from '../parts/test-factories.ts';
import {
  forbiddenInRelationshipCopy,
  makeCheckIn,
  makeRelationship,
} from '../relationships/test-factories.ts';
import { checkInQualities, feltScale, type CheckInAnswers, type Felt } from './check-in.ts';
import { qualityStories } from './quality-story.ts';

const utcMonth = (ms: number): string => new Date(ms).toISOString().slice(0, 7);
const options = { monthOf: utcMonth };
const ports = testPorts();
const sam = makeRelationship(ports, { name: 'Sam' });
const at = (month: number, day = 10) => Date.UTC(2026, month, day, 12);
const checkIn = (month: number, answers: Partial<CheckInAnswers>) =>
  makeCheckIn(ports, { relationshipId: sam.id, at: at(month), ...answers });

const byQuality = (stories: ReturnType<typeof qualityStories>) =>
  Object.fromEntries(stories.qualities.map((q) => [q.quality, q]));

describe('qualityStories', () => {
  it('says gently that nothing is noted before the first answer', () => {
    const stories = qualityStories('Sam', [], at(3), options);
    expect(stories.qualities.map((q) => q.summary)).toEqual([
      'Feeling seen has not been noted yet.',
      'Feeling validated has not been noted yet.',
      'Feeling attuned to has not been noted yet.',
      'Reciprocity has not been noted yet.',
      'Feeling safe and respected has not been noted yet.',
      'Being yourself has not been noted yet.',
    ]);
    expect(stories.overview).toBeNull();
  });

  it('tells each quality over the last two months, and which came most often and which was rarer', () => {
    const checkIns = [
      checkIn(2, { seen: 'mostly', validated: 'a-little' }),
      checkIn(3, { seen: 'fully', validated: 'not-at-all', reciprocity: 'mostly' }),
      checkIn(3, { seen: 'a-little', validated: 'mostly', reciprocity: 'a-little' }),
    ];
    const stories = qualityStories('Sam', checkIns, at(3, 20), options);
    const q = byQuality(stories);
    expect(q['seen']?.summary).toBe(
      'In the last two months you mostly felt seen with Sam (2 of 3 times noted).',
    );
    expect(q['validated']?.summary).toBe(
      'In the last two months you felt validated with Sam some of the time (1 of 3 times noted).',
    );
    expect(q['reciprocity']?.summary).toBe(
      'In the last two months you mostly felt there was reciprocity with Sam (1 of 2 times noted).',
    );
    expect(stories.overview).toBe(
      'In the last two months, feeling seen came most often; feeling validated was rarer.',
    );
    expect(q['seen']?.months).toEqual([
      { month: '2026-03', felt: { 'not-at-all': 0, 'a-little': 0, mostly: 1, fully: 0 } },
      { month: '2026-04', felt: { 'not-at-all': 0, 'a-little': 1, mostly: 0, fully: 1 } },
    ]);
  });

  it('names a harder stretch as information, and keeps older answers in the picture', () => {
    const checkIns = [
      checkIn(0, { couldBeMyself: 'fully' }),
      checkIn(0, { couldBeMyself: 'mostly' }),
      checkIn(5, { couldBeMyself: 'not-at-all' }),
      checkIn(1, { attunedTo: 'mostly' }),
    ];
    const q = byQuality(qualityStories('Sam', checkIns, at(5), options));
    expect(q['couldBeMyself']?.summary).toBe(
      'In the last two months being yourself with Sam was rarer: it came a little or not at all (1 time noted). ' +
        'It came less often lately than before. Relationships move unevenly, and a harder stretch is information, not a verdict.',
    );
    expect(q['couldBeMyself']?.noted).toBe(3);
    expect(q['attunedTo']?.summary).toBe(
      'Nothing about feeling attuned to was noted in the last two months; the picture shows the earlier times.',
    );
  });

  it('reads the same whatever order check-ins arrive in, and never says a forbidden word', () => {
    const felt = fc.option(fc.constantFrom<Felt>(...feltScale), { nil: null });
    const answers = fc.record(
      Object.fromEntries(checkInQualities.map((quality) => [quality, felt])) as Record<
        (typeof checkInQualities)[number],
        typeof felt
      >,
    );
    const entry = fc.record({ month: fc.nat(14), answers });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 25 }), fc.nat(14), (entries, nowMonth) => {
        const checkIns = entries.map((e) => checkIn(e.month, e.answers));
        const forward = qualityStories('Sam', checkIns, at(nowMonth, 28), options);
        const backward = qualityStories('Sam', [...checkIns].reverse(), at(nowMonth, 28), options);
        expect(backward).toEqual(forward);
        const words = [forward.overview ?? '', ...forward.qualities.map((q) => q.summary)];
        for (const sentence of words)
          for (const pattern of forbiddenInRelationshipCopy) expect(sentence).not.toMatch(pattern);
        for (const story of forward.qualities)
          expect(story.months.reduce((n, m) => n + Object.values(m.felt).reduce((a, b) => a + b, 0), 0)).toBe(
            story.noted,
          );
      }),
    );
  });
});

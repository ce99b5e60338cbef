import { describe, expect, it } from 'vitest';
import { lookingBackCopy } from './looking-back-copy.ts';
import fc from 'fast-check';
import { addToGrief } from '../grief/add-to-grief.ts';
import { beginGrief } from '../grief/begin-grief.ts';
import type { Grief } from '../grief/grief.ts';
import { recordKindness } from '../kindness/record-kindness.ts';
import type { KindnessMoment } from '../kindness/kindness-moment.ts';
import { makeMeeting, makePart, testPorts } from '../parts/test-factories.ts';
import { makePattern, makePause } from '../pauses/test-factories.ts';
import {
  forbiddenInRelationshipCopy,
  makeCheckIn,
  makeRelationship,
} from '../relationships/test-factories.ts';
import { lookingBack, lookingBackSpans, type LookingBack, type LookingBackInput } from './looking-back.ts';

const utcMonth = (ms: number): string => new Date(ms).toISOString().slice(0, 7);
const options = { monthOf: utcMonth };
const now = Date.UTC(2026, 5, 30, 12);
const day = 24 * 60 * 60 * 1000;
const ports = testPorts(Date.UTC(2025, 0, 1));

function ok<T>(result: ({ ok: true } & T) | { ok: false; problems: unknown[] }): T {
  if (!result.ok) throw new Error(result.problems.join());
  return result;
}

const critic = makePart(ports, { name: 'Inner critic' });
const little = makePart(ports, { name: 'Little one' });
const pattern = makePattern(ports, { when: 'someone is late', usually: 'I panic' });
const sam = makeRelationship(ports, { name: 'Sam' });
const alex = makeRelationship(ports, { name: 'Alex' });
const kindAt = (at: number): KindnessMoment => {
  ports.at(at);
  return ok(recordKindness(ports, { what: 'drank-water' })).moment;
};
const grief: Grief = (() => {
  ports.at(now - 200 * day);
  const begun = ok(beginGrief(ports, { what: 'past-self', title: 'Who I was', text: 'First words' })).grief;
  ports.at(now - 10 * day);
  return ok(addToGrief(ports, begun, 'Softer today')).grief;
})();

const input: LookingBackInput = {
  parts: [critic, little],
  meetings: [
    makeMeeting(ports, { partIds: [critic.id], when: now - 5 * day, stances: ['stayed-with-compassion'] }),
    makeMeeting(ports, { partIds: [critic.id, little.id], when: now - 50 * day, stances: ['ran-the-show'] }),
    makeMeeting(ports, {
      partIds: [little.id],
      when: now - 300 * day,
      patternId: pattern.id,
      response: 'old',
    }),
  ],
  patterns: [pattern],
  pauses: [
    makePause(ports, {
      startedAt: now - 3 * day,
      needs: ['rest', 'comfort'],
      response: 'new',
      patternId: pattern.id,
    }),
    makePause(ports, { startedAt: now - 20 * day, needs: ['rest'], response: 'old' }),
  ],
  kindness: [kindAt(now - day), kindAt(now - 2 * day), kindAt(now - 3 * day), kindAt(now - 40 * day)],
  relationships: [sam, alex],
  checkIns: [
    makeCheckIn(ports, { relationshipId: sam.id, at: now - 4 * day, afterwards: 2 }),
    makeCheckIn(ports, { relationshipId: sam.id, at: now - 6 * day, afterwards: -1 }),
    makeCheckIn(ports, { relationshipId: alex.id, at: now - 400 * day, afterwards: 1 }),
  ],
  griefs: [grief],
};

const sentences = (view: LookingBack): string[] => [
  ...view.parts.map((p) => p.summary),
  ...view.patterns.map((p) => p.summary),
  view.kindness.summary,
  ...view.people.map((p) => p.summary),
  ...view.griefs.map((g) => g.summary),
  view.pauses.summary,
  view.uneven ?? '',
];

describe('lookingBack', () => {
  it('over the last month: what was met, noted and returned to', () => {
    const view = lookingBack(input, 'month', now, options);
    expect(view.parts.map((p) => [p.partId, p.meetings.length])).toEqual([[critic.id, 1]]);
    expect(view.patterns.map((p) => p.moments.length)).toEqual([1]);
    expect(view.kindness.total).toBe(3);
    expect(view.kindness.summary).toBe('3 kindness moments were noted in the last month.');
    expect(view.people.map((p) => p.summary)).toEqual([
      'With Sam, you came away nourished once and depleted once.',
    ]);
    expect(view.griefs.map((g) => g.summary)).toEqual([
      'You returned to “Who I was” once. Grief is allowed to take its time.',
    ]);
    expect(view.pauses.summary).toBe(
      'You paused 2 times in the last month. What you needed most often: rest, comfort. ' +
        'The response you are practising happened once, the old one once; both are part of the work.',
    );
  });

  it('over everything: every part and person, in the order given, never ranked', () => {
    const view = lookingBack(input, 'everything', now, options);
    expect(view.parts.map((p) => p.partId)).toEqual([critic.id, little.id]);
    expect(view.people.map((p) => p.name)).toEqual(['Sam', 'Alex']);
    expect(view.since).toBeNull();
  });

  it('names uneven months as ordinary', () => {
    expect(lookingBack(input, 'season', now, options).uneven).toMatch(
      /Uneven months are ordinary information/,
    );
    const quiet = { ...input, kindness: [], pauses: [], meetings: [] };
    expect(lookingBack(quiet, 'season', now, options).uneven).toBeNull();
  });

  it('reads the same whatever order the vault lists things in, for every span, and never a forbidden word', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...lookingBackSpans),
        fc.shuffledSubarray([...input.meetings], { minLength: input.meetings.length }),
        fc.shuffledSubarray([...input.kindness], { minLength: input.kindness.length }),
        fc.shuffledSubarray([...input.checkIns], { minLength: input.checkIns.length }),
        fc.shuffledSubarray([...input.pauses], { minLength: input.pauses.length }),
        (span, meetings, kindness, checkIns, pauses) => {
          const view = lookingBack({ ...input, meetings, kindness, checkIns, pauses }, span, now, options);
          expect(view).toEqual(lookingBack(input, span, now, options));
          for (const sentence of sentences(view))
            for (const pattern of forbiddenInRelationshipCopy) expect(sentence).not.toMatch(pattern);
          expect(JSON.stringify(view)).not.toMatch(/score|percent|%/i);
        },
      ),
    );
  });
});

describe('how time with a person is said', () => {
  it.each([
    [1, 0, 0, 'With Sam, you came away nourished once.'],
    [0, 2, 3, 'With Sam, you came away depleted 2 times and somewhere in between 3 times.'],
    [2, 1, 1, 'With Sam, you came away nourished 2 times, depleted once and somewhere in between once.'],
  ])('%i nourished, %i depleted, %i in between: names only what happened', (n, d, b, sentence) => {
    expect(lookingBackCopy.relationship('Sam', n, d, b)).toBe(sentence);
  });
});

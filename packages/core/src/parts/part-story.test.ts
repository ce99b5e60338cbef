import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { presences, stances, type Meeting, type Stance } from '../meetings/meeting.ts';
import { partStory } from './part-story.ts';
import { describeDelay, storyCopy } from './story-copy.ts';
import { makeMeeting, makePart, testPorts } from './test-factories.ts';

const utcMonth = (ms: number): string => new Date(ms).toISOString().slice(0, 7);
const day = 24 * 60;
const forbidden = ['fix', 'get rid of', 'healed', 'resolved', 'streak', 'overcome', 'broken', '!'];

function story(entries: { month: number; stances: Stance[] }[]) {
  const ports = testPorts();
  const part = makePart(ports);
  const meetings = entries.map((e) =>
    makeMeeting(ports, { partIds: [part.id], when: Date.UTC(2026, e.month, 10), stances: e.stances }),
  );
  return partStory(part, meetings, { monthOf: utcMonth });
}

describe('partStory', () => {
  it('has a gentle word before the first meeting', () => {
    const ports = testPorts();
    expect(partStory(makePart(ports), []).summary).toBe(storyCopy.noMeetings);
  });

  it('keeps only this part’s meetings, in time order, bucketed by month', () => {
    const ports = testPorts();
    const part = makePart(ports);
    const other = makePart(ports, { name: 'Other' });
    const march = makeMeeting(ports, {
      partIds: [part.id, other.id],
      when: Date.UTC(2026, 2, 5),
      presence: 'present',
    });
    const january = makeMeeting(ports, {
      partIds: [part.id],
      when: Date.UTC(2026, 0, 5),
      stances: ['ran-the-show'],
    });
    makeMeeting(ports, { partIds: [other.id], when: Date.UTC(2026, 1, 5) });
    const result = partStory(part, [march, january], { monthOf: utcMonth });
    expect(result.meetings.map((m) => m.id)).toEqual([january.id, march.id]);
    expect(result.months.map((m) => [m.month, m.meetings])).toEqual([
      ['2026-01', 1],
      ['2026-03', 1],
    ]);
    expect(result.months[0]?.stances['ran-the-show']).toBe(1);
    expect(result.months[1]?.presence).toEqual({
      present: 1,
      'in-and-out': 0,
      dissociated: 0,
      'not-noted': 0,
    });
  });

  it('gives back what the part needed, in the person’s words, from the latest meeting that says', () => {
    const ports = testPorts();
    const part = makePart(ports);
    const early = makeMeeting(ports, { partIds: [part.id], when: Date.UTC(2026, 0, 5), needed: 'Rest' });
    const later = makeMeeting(ports, {
      partIds: [part.id],
      when: Date.UTC(2026, 1, 5),
      needed: ' To be heard ',
    });
    const latest = makeMeeting(ports, { partIds: [part.id], when: Date.UTC(2026, 2, 5), felt: 'Tired' });
    expect(partStory(part, []).lastNeed).toBeNull();
    const result = partStory(part, [latest, later, early]);
    expect(result.lastNeed).toEqual({ meetingId: later.id, when: later.fields.when, words: 'To be heard' });
    expect(result.summary).not.toContain('To be heard');
  });

  it('tells how the relating changed, earliest and latest', () => {
    const result = story([
      { month: 0, stances: ['ran-the-show'] },
      { month: 0, stances: ['ran-the-show', 'exiled'] },
      { month: 2, stances: ['stayed-with-compassion'] },
    ]);
    expect(result.summary).toContain(
      'In March you mostly stayed with this part with compassion; in January it more often ran the show.',
    );
    expect(result.summary).toContain('You have met this part 3 times, across 2 months.');
    expect(result.summary).not.toContain(storyCopy.nonlinear);
  });

  it('returns the facts of each sentence, for every language to say them', () => {
    const result = story([
      { month: 0, stances: ['ran-the-show'] },
      { month: 0, stances: ['ran-the-show', 'exiled'] },
      { month: 2, stances: ['stayed-with-compassion'] },
    ]);
    expect(result.facts).toEqual({
      withYear: false,
      sentences: [
        { kind: 'met', times: 3, months: 2 },
        {
          kind: 'changed',
          later: '2026-03',
          laterStance: 'stayed-with-compassion',
          earlier: '2026-01',
          earlierStance: 'ran-the-show',
        },
      ],
    });
    expect(story([]).facts).toEqual({ withYear: false, sentences: [{ kind: 'no-meetings' }] });
  });

  it('names a harder month as part of the work, not a step back', () => {
    const result = story([
      { month: 0, stances: ['stayed-with-compassion'] },
      { month: 1, stances: ['exiled'] },
      { month: 2, stances: ['stayed-with-compassion'] },
    ]);
    expect(result.summary).toContain(storyCopy.nonlinear);
  });

  it('follows how soon projections were recognised, as a monthly median in minutes', () => {
    const ports = testPorts();
    const part = makePart(ports);
    const seen = (month: number, amount: number, unit: 'minutes' | 'hours' | 'days'): Meeting =>
      makeMeeting(ports, {
        partIds: [part.id],
        when: Date.UTC(2026, month, 3),
        projection: { onWhom: 'my mother', recognisedAfter: { amount, unit } },
      });
    const meetings = [seen(0, 2, 'days'), seen(0, 4, 'days'), seen(0, 1, 'days'), seen(4, 3, 'hours')];
    const result = partStory(part, meetings, { monthOf: utcMonth });
    expect(result.months.map((m) => m.projectionMinutes)).toEqual([2 * 24 * 60, 180]);
    expect(result.projections).toHaveLength(4);
    expect(result.summary).toContain(
      'Recognising a projection took about 2 days in January, and about 3 hours in May.',
    );
    expect(result.summary).not.toContain('my mother');
    expect(result.facts.sentences.at(-1)).toEqual({
      kind: 'projection-trend',
      earlier: '2026-01',
      earlierMinutes: 2 * 24 * 60,
      later: '2026-05',
      laterMinutes: 180,
    });
  });

  it('describes delays in plain words', () => {
    expect([0.5, 1, 20, 90, 3 * 60, 2 * day].map(describeDelay)).toEqual([
      'a moment',
      '1 minute',
      '20 minutes',
      '2 hours',
      '3 hours',
      '2 days',
    ]);
  });

  it('names the year when the story spans more than one', () => {
    const ports = testPorts();
    const part = makePart(ports);
    const meet = (when: number, stance: Stance) =>
      makeMeeting(ports, { partIds: [part.id], when, stances: [stance] });
    const changed = [
      meet(Date.UTC(2025, 10, 1), 'abandoned'),
      meet(Date.UTC(2026, 1, 1), 'stayed-with-compassion'),
    ];
    expect(partStory(part, changed, { monthOf: utcMonth }).summary).toContain(
      'In February 2026 you mostly stayed with this part with compassion; in November 2025 you more often left it on its own.',
    );
    expect(partStory(part, changed, { monthOf: utcMonth }).facts.withYear).toBe(true);
    const steady = [meet(Date.UTC(2025, 10, 1), 'exiled'), meet(Date.UTC(2026, 1, 1), 'exiled')];
    expect(partStory(part, steady, { monthOf: utcMonth }).summary).toContain(
      'Across these months you mostly pushed this part away.',
    );
  });
});

describe('partStory properties', () => {
  const ports = testPorts();
  const part = makePart(ports);
  const otherId = '01890000-0000-7000-8000-00000000000f';
  const meetingArb = fc.record({
    when: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
    mine: fc.boolean(),
    stances: fc.uniqueArray(fc.constantFrom(...stances)),
    presence: fc.option(fc.constantFrom(...presences)),
    delay: fc.option(
      fc.record({
        amount: fc.nat(500),
        unit: fc.constantFrom('minutes', 'hours', 'days') as fc.Arbitrary<'minutes' | 'hours' | 'days'>,
      }),
    ),
  });
  const meetingsArb = fc.array(meetingArb, { maxLength: 60 }).map((drafts) =>
    drafts.map((d) =>
      makeMeeting(ports, {
        partIds: d.mine ? [part.id] : [otherId],
        when: d.when,
        stances: d.stances,
        presence: d.presence,
        projection: d.delay ? { onWhom: '', recognisedAfter: d.delay } : null,
      }),
    ),
  );

  it('buckets add up to the part’s meetings, stances and presence', () => {
    fc.assert(
      fc.property(meetingsArb, (meetings) => {
        const result = partStory(part, meetings, { monthOf: utcMonth });
        const own = meetings.filter((m) => m.fields.partIds.includes(part.id));
        const sum = (f: (m: (typeof result.months)[number]) => number) =>
          result.months.reduce((s, m) => s + f(m), 0);
        expect(result.meetings).toHaveLength(own.length);
        expect(sum((m) => m.meetings)).toBe(own.length);
        expect(sum((m) => Object.values(m.presence).reduce((a, b) => a + b, 0))).toBe(own.length);
        expect(sum((m) => Object.values(m.stances).reduce((a, b) => a + b, 0))).toBe(
          own.reduce((s, m) => s + m.fields.stances.length, 0),
        );
        expect(result.projections).toHaveLength(own.filter((m) => m.fields.projection).length);
        const monthKeys = result.months.map((m) => m.month);
        expect([...monthKeys].sort()).toEqual(monthKeys);
        expect(new Set(monthKeys).size).toBe(monthKeys.length);
      }),
    );
  });

  it('reads the same whatever order the meetings arrive in', () => {
    fc.assert(
      fc.property(
        meetingsArb.chain((m) => fc.tuple(fc.constant(m), fc.shuffledSubarray(m, { minLength: m.length }))),
        ([meetings, shuffled]) => {
          const a = partStory(part, meetings, { monthOf: utcMonth });
          const b = partStory(part, shuffled, { monthOf: utcMonth });
          expect(b).toEqual(a);
          const whens = a.meetings.map((m) => m.fields.when);
          expect([...whens].sort((x, y) => x - y)).toEqual(whens);
        },
      ),
    );
  });

  it('never uses a forbidden word in a summary', () => {
    fc.assert(
      fc.property(meetingsArb, (meetings) => {
        const summary = partStory(part, meetings, { monthOf: utcMonth }).summary.toLowerCase();
        for (const word of forbidden) expect(summary).not.toContain(word);
      }),
    );
  });

  it('keeps every phrase of the summary free of forbidden words', () => {
    // The stance keys are code words ("tried-to-fix"); only the phrases a person reads are checked.
    const phrases = [
      storyCopy.noMeetings,
      storyCopy.metOnce,
      storyCopy.metTimes(3, 2),
      storyCopy.nonlinear,
      ...Object.values(storyCopy.mostly),
      ...Object.values(storyCopy.moreOften),
      storyCopy.presence(1, 2),
      storyCopy.oneProjection('May', describeDelay(90)),
      storyCopy.projectionTrend('May', describeDelay(3 * day), 'June', describeDelay(0.5)),
    ].join(' ');
    for (const word of forbidden) expect(phrases.toLowerCase()).not.toContain(word);
  });
});

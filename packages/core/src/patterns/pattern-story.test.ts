import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeMeeting } from '../parts/test-factories.ts';
import type { PatternResponse, RecognisedAfter } from '../meetings/meeting.ts';
import { makePattern, makePause, testPorts, toneProblems, type TestPorts } from '../pauses/test-factories.ts';
import type { Pattern } from './pattern.ts';
import { describeTimes, joinAnd, patternCopy } from './pattern-copy.ts';
import { patternStory } from './pattern-story.ts';

const partId = '01890000-0000-7000-8000-000000000001';
const utcMonth = (ms: number) => new Date(ms).toISOString().slice(0, 7);
const day = (month: number, date: number) => Date.UTC(2026, month - 1, date, 12);

function pauseOn(
  ports: TestPorts,
  pattern: Pattern,
  at: number,
  response: PatternResponse | null,
  noticedAfter: RecognisedAfter | null = null,
) {
  return makePause(ports, { startedAt: at, patternId: pattern.id, response, noticedAfter });
}

describe('patternStory', () => {
  it('tells the tagged moments in time, month by month, pauses and meetings alike', () => {
    const ports = testPorts();
    const pattern = makePattern(ports);
    const otherPattern = makePattern(ports, { when: 'something else' });
    const pauses = [
      pauseOn(ports, pattern, day(3, 10), 'new'),
      pauseOn(ports, pattern, day(1, 5), 'old'),
      pauseOn(ports, pattern, day(1, 20), 'noticed-afterwards', { amount: 3, unit: 'hours' }),
      pauseOn(ports, pattern, day(1, 25), 'noticed-afterwards', { amount: 1, unit: 'days' }),
      pauseOn(ports, otherPattern, day(2, 1), 'old'),
      pauseOn(ports, pattern, day(3, 12), null),
    ];
    const meetings = [
      makeMeeting(ports, { partIds: [partId], when: day(3, 2), patternId: pattern.id, response: 'new' }),
      makeMeeting(ports, { partIds: [partId], when: day(3, 3) }),
    ];
    const story = patternStory(pattern, pauses, meetings, { monthOf: utcMonth });
    expect(story.moments.map((m) => [m.source, m.month, m.response])).toEqual([
      ['pause', '2026-01', 'old'],
      ['pause', '2026-01', 'noticed-afterwards'],
      ['pause', '2026-01', 'noticed-afterwards'],
      ['meeting', '2026-03', 'new'],
      ['pause', '2026-03', 'new'],
      ['pause', '2026-03', null],
    ]);
    expect(story.months).toEqual([
      {
        month: '2026-01',
        moments: 3,
        old: 1,
        new: 0,
        noticedAfterwards: 2,
        unsaid: 0,
        noticedMinutes: (180 + 1440) / 2,
      },
      { month: '2026-03', moments: 3, old: 0, new: 2, noticedAfterwards: 0, unsaid: 1, noticedMinutes: null },
    ]);
    expect(story.summary).toBe(
      [
        'You have tagged this pattern 6 times, across 2 months.',
        'In March you noted the new response twice.',
        patternCopy.nonlinear,
        'In January you noticed the old response after about 14 hours.',
      ].join(' '),
    );
  });

  it('names a month with more of the old response as information, even after a month of new ones', () => {
    const ports = testPorts();
    const pattern = makePattern(ports);
    const pauses = [
      pauseOn(ports, pattern, day(1, 3), 'new'),
      pauseOn(ports, pattern, day(2, 3), 'old'),
      pauseOn(ports, pattern, day(2, 4), 'old'),
      pauseOn(ports, pattern, day(2, 5), 'noticed-afterwards', { amount: 40, unit: 'minutes' }),
    ];
    const { summary, facts } = patternStory(pattern, pauses, [], { monthOf: utcMonth });
    expect(summary).toContain(
      'In February you noted the old response twice and noticing the old one afterwards once.',
    );
    expect(facts).toEqual({
      withYear: false,
      sentences: [
        { kind: 'tagged', times: 4, months: 2 },
        { kind: 'latest', month: '2026-02', new: 0, old: 2, noticedAfterwards: 1 },
        { kind: 'in-all', new: 1 },
        { kind: 'nonlinear' },
        { kind: 'one-delay', month: '2026-02', minutes: 40 },
      ],
    });
    expect(summary).toContain('Across these months, the new response happened once.');
    expect(summary).toContain(patternCopy.nonlinear);
    expect(summary).toContain('after about 40 minutes');
  });

  it('shows how soon the old response was noticed, as a trend across months', () => {
    const ports = testPorts();
    const pattern = makePattern(ports);
    const pauses = [
      pauseOn(ports, pattern, day(1, 3), 'noticed-afterwards', { amount: 2, unit: 'days' }),
      pauseOn(ports, pattern, day(5, 3), 'noticed-afterwards', { amount: 30, unit: 'minutes' }),
    ];
    const { summary } = patternStory(pattern, pauses, [], { monthOf: utcMonth });
    expect(summary).toContain(
      'Noticing the old response took about 2 days in January, and about 30 minutes in May.',
    );
  });

  it('begins gently when nothing is tagged yet', () => {
    const ports = testPorts();
    const story = patternStory(makePattern(ports), [makePause(ports)], []);
    expect(story).toMatchObject({ moments: [], months: [], summary: patternCopy.noMoments });
  });

  it('puts the pieces of a sentence together plainly', () => {
    expect([1, 2, 5].map(describeTimes)).toEqual(['once', 'twice', '5 times']);
    expect(joinAnd(['a'])).toBe('a');
    expect(joinAnd(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

const responseArb = fc.option(fc.constantFrom<PatternResponse>('old', 'new', 'noticed-afterwards'));
const momentArb = fc.record({
  day: fc.integer({ min: 0, max: 3 * 365 }),
  response: responseArb,
  minutes: fc.integer({ min: 0, max: 5000 }),
  isMeeting: fc.boolean(),
});

describe('patternStory properties', () => {
  it('counts every tagged moment once, reads the same in any order, and keeps a gentle tone', () => {
    fc.assert(
      fc.property(fc.array(momentArb, { maxLength: 30 }), (drafts) => {
        const ports = testPorts();
        const pattern = makePattern(ports);
        const pauses = [];
        const meetings = [];
        for (const d of drafts) {
          const at = Date.UTC(2024, 0, 1) + d.day * 86_400_000;
          if (d.isMeeting) {
            meetings.push(
              makeMeeting(ports, {
                partIds: [partId],
                when: at,
                patternId: pattern.id,
                response: d.response,
              }),
            );
          } else {
            const noticedAfter =
              d.response === 'noticed-afterwards' ? { amount: d.minutes, unit: 'minutes' as const } : null;
            pauses.push(pauseOn(ports, pattern, at, d.response, noticedAfter));
          }
        }
        const story = patternStory(pattern, pauses, meetings, { monthOf: utcMonth });
        const counted = story.months.reduce(
          (sum, m) => sum + m.old + m.new + m.noticedAfterwards + m.unsaid,
          0,
        );
        expect(counted).toBe(drafts.length);
        expect(story.months.every((m) => m.moments === m.old + m.new + m.noticedAfterwards + m.unsaid)).toBe(
          true,
        );
        const again = patternStory(pattern, [...pauses].reverse(), [...meetings].reverse(), {
          monthOf: utcMonth,
        });
        expect(again).toEqual(story);
        expect(toneProblems(story.summary)).toEqual([]);
        if (story.months.some((m) => m.old > m.new)) expect(story.summary).toContain(patternCopy.nonlinear);
      }),
      { numRuns: 150 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckInDraft } from '../check-ins/check-in.ts';
import { testPorts } from '../parts/test-factories.ts';
import { changePath } from './change-path.ts';
import { relationshipStoryCopy } from './relationship-copy.ts';
import { relationshipStory } from './relationship-story.ts';
import { makeCheckIn, makeRelationship, okRelationship, toneProblems } from './test-factories.ts';

const utcMonth = (ms: number): string => new Date(ms).toISOString().slice(0, 7);

type Entry = Omit<CheckInDraft, 'relationshipId' | 'at'> & { month: number; day?: number };

function story(entries: readonly Entry[]) {
  const ports = testPorts();
  const relationship = makeRelationship(ports);
  const checkIns = entries.map(({ month, day = 10, ...answers }) =>
    makeCheckIn(ports, { relationshipId: relationship.id, at: Date.UTC(2026, month, day), ...answers }),
  );
  return relationshipStory(relationship, checkIns, { monthOf: utcMonth });
}

describe('relationshipStory', () => {
  it('has a gentle word before the first check-in', () => {
    expect(story([]).summary).toBe(relationshipStoryCopy.noCheckIns);
  });

  it('keeps only this relationship’s check-ins, in time order, month by month', () => {
    const ports = testPorts();
    const sister = makeRelationship(ports);
    const friend = makeRelationship(ports, { name: 'Jo' });
    const march = makeCheckIn(ports, { relationshipId: sister.id, at: Date.UTC(2026, 2, 5), afterwards: 2 });
    const january = makeCheckIn(ports, {
      relationshipId: sister.id,
      at: Date.UTC(2026, 0, 5),
      afterwards: -1,
      abandonedMyself: 'yes',
    });
    const january2 = makeCheckIn(ports, {
      relationshipId: sister.id,
      at: Date.UTC(2026, 0, 20),
      afterwards: -2,
      heldBoundary: 'yes',
      abandonedMyself: 'not-sure',
    });
    const other = makeCheckIn(ports, { relationshipId: friend.id, at: Date.UTC(2026, 1, 5) });
    const result = relationshipStory(sister, [march, other, january2, january], { monthOf: utcMonth });
    expect(result.checkIns.map((c) => c.id)).toEqual([january.id, january2.id, march.id]);
    expect(result.months).toEqual([
      {
        month: '2026-01',
        checkIns: 2,
        afterwardsNoted: 2,
        afterwardsAverage: -1.5,
        nourished: 0,
        depleted: 2,
        abandonedMyself: 1,
        heldBoundary: 1,
      },
      {
        month: '2026-03',
        checkIns: 1,
        afterwardsNoted: 1,
        afterwardsAverage: 2,
        nourished: 1,
        depleted: 0,
        abandonedMyself: 0,
        heldBoundary: 0,
      },
    ]);
  });

  it.each<[string, Entry[], string]>([
    ['one check-in, nothing noted', [{ month: 0 }], 'You have checked in once after time together.'],
    [
      'a change from depleted to nourished',
      [
        { month: 0, afterwards: -2 },
        { month: 0, afterwards: -1 },
        { month: 3, afterwards: 2, heldBoundary: 'yes' },
      ],
      'You have checked in 3 times after time together, across 2 months. In April you mostly came away feeling nourished; in January, more often depleted. You held a boundary once.',
    ],
    [
      'steady, with a heavier month between',
      [
        { month: 0, afterwards: 2 },
        { month: 1, afterwards: 0, abandonedMyself: 'yes' },
        { month: 2, afterwards: 1, heldBoundary: 'yes', abandonedMyself: 'yes' },
      ],
      'You have checked in 3 times after time together, across 3 months. Across these months you mostly came away feeling nourished. Some months felt heavier than others. That is part of the path, not a step back. You held a boundary once, and noticed abandoning yourself to keep the peace twice.',
    ],
    [
      'only self-abandonment noticed',
      [
        { month: 5, afterwards: 0, abandonedMyself: 'yes' },
        { month: 5, afterwards: 0, abandonedMyself: 'yes' },
        { month: 5, afterwards: 0, abandonedMyself: 'yes' },
      ],
      'You have checked in 3 times after time together. In June you mostly came away feeling somewhere in between. You noticed abandoning yourself to keep the peace 3 times. Noticing it is part of the practice.',
    ],
  ])('summarises %s', (_, entries, summary) => {
    expect(story(entries).summary).toBe(summary);
  });

  it('returns the facts of each sentence, for every language to say them', () => {
    const steady = story([
      { month: 0, afterwards: 2 },
      { month: 1, afterwards: 0, abandonedMyself: 'yes' },
      { month: 2, afterwards: 1, heldBoundary: 'yes', abandonedMyself: 'yes' },
    ]);
    expect(steady.facts).toEqual({
      withYear: false,
      sentences: [
        { kind: 'checked-in', times: 3, months: 3 },
        { kind: 'steady', lean: 'nourished' },
        { kind: 'nonlinear' },
        { kind: 'boundaries', held: 1, abandoned: 2 },
      ],
    });
    expect(story([]).facts.sentences).toEqual([{ kind: 'no-check-ins' }]);
  });

  it('names years when the story spans more than one', () => {
    const ports = testPorts();
    const relationship = makeRelationship(ports);
    const checkIns = [Date.UTC(2024, 10, 1), Date.UTC(2026, 1, 1)].map((at, i) =>
      makeCheckIn(ports, { relationshipId: relationship.id, at, afterwards: i ? 1 : -1 }),
    );
    expect(relationshipStory(relationship, checkIns, { monthOf: utcMonth }).summary).toContain(
      'In February 2026 you mostly came away feeling nourished; in November 2024, more often depleted.',
    );
    expect(relationshipStory(relationship, checkIns, { monthOf: utcMonth }).facts.sentences[1]).toEqual({
      kind: 'changed',
      later: '2026-02',
      laterLean: 'nourished',
      earlier: '2024-11',
      earlierLean: 'depleted',
    });
  });

  it('carries the path history along', () => {
    const ports = testPorts();
    const start = makeRelationship(ports, { path: 'not-sure' });
    ports.tick(1000);
    const relationship = okRelationship(changePath(ports, start, 'evolving'));
    expect(relationshipStory(relationship, []).paths.map((p) => p.path)).toEqual(['not-sure', 'evolving']);
  });

  it('tells the same gentle story whatever order check-ins arrive in, and never a forbidden word', () => {
    const entry = fc.record({
      month: fc.nat(30),
      day: fc.integer({ min: 1, max: 28 }),
      afterwards: fc.option(fc.integer({ min: -2, max: 2 }), { nil: null }),
      abandonedMyself: fc.option(fc.constantFrom('yes' as const, 'no' as const, 'not-sure' as const), {
        nil: null,
      }),
      heldBoundary: fc.option(fc.constantFrom('yes' as const, 'no' as const, 'did-not-need-to' as const), {
        nil: null,
      }),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 25 }), (entries) => {
        const ports = testPorts();
        const relationship = makeRelationship(ports);
        const checkIns = entries.map(({ month, day, ...answers }) =>
          makeCheckIn(ports, { relationshipId: relationship.id, at: Date.UTC(2024, month, day), ...answers }),
        );
        const forward = relationshipStory(relationship, checkIns, { monthOf: utcMonth });
        const backward = relationshipStory(relationship, [...checkIns].reverse(), { monthOf: utcMonth });
        expect(backward).toEqual(forward);
        expect(toneProblems(forward.summary)).toEqual([]);
        const noted = forward.months.reduce((sum, m) => sum + m.afterwardsNoted, 0);
        expect(noted).toBe(entries.filter((e) => e.afterwards !== null).length);
      }),
    );
  });
});

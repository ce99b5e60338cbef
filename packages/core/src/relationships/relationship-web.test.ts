import { describe, expect, it } from 'vitest';
import { testPorts } from '../parts/test-factories.ts';
import { changePath } from './change-path.ts';
import { relationshipWeb, type RelationshipFeeling } from './relationship-web.ts';
import { dayMs, makeCheckIn, makeRelationship, okRelationship } from './test-factories.ts';

const now = Date.UTC(2026, 5, 1);

/** One relationship's web entry, from check-ins given as [days ago, afterwards]. */
function entryFor(checkIns: readonly [number, number | null][], weeks?: number) {
  const ports = testPorts();
  const relationship = makeRelationship(ports);
  const made = checkIns.map(([daysAgo, afterwards]) =>
    makeCheckIn(ports, { relationshipId: relationship.id, at: now - daysAgo * dayMs, afterwards }),
  );
  const [entry] = relationshipWeb([relationship], made, now, weeks === undefined ? {} : { weeks });
  if (!entry) throw new Error('expected an entry');
  return entry;
}

describe('relationshipWeb', () => {
  it.each<[string, [number, number | null][], RelationshipFeeling, string]>([
    [
      'no check-ins',
      [],
      'not-enough-check-ins',
      'There are not enough check-ins from the last 8 weeks to say how this has felt lately.',
    ],
    [
      'one noted check-in',
      [
        [3, 2],
        [5, null],
      ],
      'not-enough-check-ins',
      'There are not enough check-ins from the last 8 weeks to say how this has felt lately.',
    ],
    [
      'mostly nourishing',
      [
        [1, 2],
        [8, 1],
        [20, 0],
      ],
      'nourishing',
      'In the last 8 weeks you came away feeling nourished 2 of the 3 times you noted how you felt.',
    ],
    [
      'mostly depleting',
      [
        [1, -2],
        [8, -1],
        [15, -1],
        [30, 2],
      ],
      'depleting',
      'In the last 8 weeks you came away feeling depleted 3 of the 4 times you noted how you felt.',
    ],
    [
      'mixed',
      [
        [1, -2],
        [8, 2],
        [15, 0],
      ],
      'mixed',
      'In the last 8 weeks you came away feeling nourished once, depleted once and in between once.',
    ],
    [
      'in between only',
      [
        [1, 0],
        [8, 0],
      ],
      'mixed',
      'In the last 8 weeks you came away feeling in between twice.',
    ],
    [
      'depleting long ago, before the window',
      [
        [70, -2],
        [80, -2],
        [90, -2],
        [3, 1],
      ],
      'not-enough-check-ins',
      'There are not enough check-ins from the last 8 weeks to say how this has felt lately.',
    ],
  ])('%s', (_, checkIns, feeling, explanation) => {
    const entry = entryFor(checkIns);
    expect(entry.feeling).toBe(feeling);
    expect(entry.explanation).toBe(explanation);
  });

  it('counts the window and keeps the latest check-in time', () => {
    const entry = entryFor([
      [1, -2],
      [30, null],
      [60, 2],
      [10, -1],
      [25, -2],
    ]);
    expect(entry).toMatchObject({
      checkInsLately: 4,
      nourished: 0,
      depleted: 3,
      inBetween: 0,
      lastCheckInAt: now - dayMs,
      keepsDepleting: true,
    });
  });

  it('reaches as far back as asked', () => {
    expect(
      entryFor(
        [
          [1, 2],
          [80, 2],
        ],
        12,
      ).explanation,
    ).toBe('In the last 12 weeks you came away feeling nourished 2 of the 2 times you noted how you felt.');
  });

  it('gives every relationship an entry, in the order given, with its path', () => {
    const ports = testPorts();
    const quiet = makeRelationship(ports, { name: 'Quiet' });
    const moving = okRelationship(changePath(ports, makeRelationship(ports, { name: 'Moving' }), 'evolving'));
    const stray = makeCheckIn(ports, { relationshipId: '01890000-0000-7000-8000-00000000000f', at: now });
    const web = relationshipWeb([moving, quiet], [stray], now);
    expect(web.map((e) => [e.relationshipId, e.path, e.lastCheckInAt])).toEqual([
      [moving.id, 'evolving', null],
      [quiet.id, null, null],
    ]);
  });
});

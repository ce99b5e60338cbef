import { describe, expect, it } from 'vitest';
import { testPorts } from '../parts/test-factories.ts';
import { keepsDepleting, latestNoted } from './keeps-depleting.ts';
import { dayMs, makeCheckIn, makeRelationship } from './test-factories.ts';

/** Check-ins as [day, afterwards] pairs; null afterwards means not noted. */
function depletes(days: readonly [number, number | null][]): boolean {
  const ports = testPorts();
  const relationship = makeRelationship(ports);
  const other = makeRelationship(ports, { name: 'Other' });
  const start = Date.UTC(2026, 0, 1);
  const checkIns = days.map(([day, afterwards]) =>
    makeCheckIn(ports, { relationshipId: relationship.id, at: start + day * dayMs, afterwards }),
  );
  // Another relationship's depleting check-ins never count towards this one.
  const noise = [0, 10, 20, 30].map((day) =>
    makeCheckIn(ports, { relationshipId: other.id, at: start + day * dayMs, afterwards: -2 }),
  );
  return keepsDepleting(relationship, [...noise, ...checkIns].reverse());
}

describe('keepsDepleting', () => {
  it.each<[string, [number, number | null][], boolean]>([
    ['no check-ins', [], false],
    [
      'three depleting over three weeks',
      [
        [0, -1],
        [10, -2],
        [21, -1],
      ],
      true,
    ],
    [
      'three depleting within two weeks',
      [
        [0, -2],
        [7, -2],
        [14, -2],
      ],
      false,
    ],
    [
      'three of the last four, with a nourishing time among them',
      [
        [0, -1],
        [7, 2],
        [14, -1],
        [28, -2],
      ],
      true,
    ],
    [
      'two of the last four',
      [
        [0, -2],
        [7, 2],
        [14, 1],
        [28, -2],
      ],
      false,
    ],
    [
      'depleting long ago, nourishing lately',
      [
        [0, -2],
        [10, -2],
        [30, -2],
        [40, 1],
        [50, 2],
        [60, 1],
      ],
      false,
    ],
    [
      'in between is not depleting',
      [
        [0, 0],
        [10, 0],
        [30, 0],
        [40, 0],
      ],
      false,
    ],
    [
      'unnoted check-ins are passed over',
      [
        [0, -1],
        [10, null],
        [20, -1],
        [25, null],
        [30, -1],
      ],
      true,
    ],
    [
      'two depleting only',
      [
        [0, -2],
        [30, -2],
      ],
      false,
    ],
  ])('%s', (_, days, expected) => {
    expect(depletes(days)).toBe(expected);
  });

  it('finds the latest noted check-ins, oldest first, in any input order', () => {
    const ports = testPorts();
    const relationship = makeRelationship(ports);
    const checkIns = [5, 1, 4, 2, 3, 6].map((day) =>
      makeCheckIn(ports, {
        relationshipId: relationship.id,
        at: day * dayMs,
        afterwards: day === 6 ? null : -1,
      }),
    );
    expect(latestNoted(checkIns, 3).map((c) => c.fields.at / dayMs)).toEqual([3, 4, 5]);
  });
});

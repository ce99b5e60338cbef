import { describe, expect, it } from 'vitest';
import { testPorts } from '../parts/test-factories.ts';
import { dayMs, makeCheckIn, makeRelationship, toneProblems } from '../relationships/test-factories.ts';
import { qualityWeb } from './quality-web.ts';

const ports = testPorts();
const now = Date.UTC(2026, 5, 1);
const sam = makeRelationship(ports, { name: 'Sam' });
const mum = makeRelationship(ports, { name: 'Mum' });
const ali = makeRelationship(ports, { name: 'Ali' });
const checkIns = [
  makeCheckIn(ports, { relationshipId: sam.id, at: now - 2 * dayMs, validated: 'fully' }),
  makeCheckIn(ports, { relationshipId: sam.id, at: now - 9 * dayMs, validated: 'mostly' }),
  makeCheckIn(ports, { relationshipId: mum.id, at: now - 3 * dayMs, validated: 'not-at-all' }),
  makeCheckIn(ports, { relationshipId: mum.id, at: now - 20 * dayMs, validated: 'a-little' }),
  makeCheckIn(ports, { relationshipId: mum.id, at: now - 100 * dayMs, validated: 'fully' }),
  makeCheckIn(ports, { relationshipId: ali.id, at: now - 4 * dayMs, seen: 'fully' }),
];

describe('qualityWeb', () => {
  it('tells, person by person in the order given, how often a quality came lately', () => {
    const entries = qualityWeb([sam, mum, ali], checkIns, 'validated', now);
    expect(entries.map((e) => [e.relationshipId, e.lean, e.often, e.noted])).toEqual([
      [sam.id, 'often', 2, 2],
      [mum.id, 'rarely', 0, 2],
      [ali.id, 'not-enough-noted', 0, 0],
    ]);
    expect(entries[0]?.explanation).toBe(
      'In the last 8 weeks you felt validated mostly or fully 2 of the 2 times you noted it.',
    );
    expect(entries[2]?.explanation).toBe(
      'There is not enough noted about feeling validated in the last 8 weeks to say.',
    );
    for (const entry of entries) expect(toneProblems(entry.explanation)).toEqual([]);
  });

  it('never ranks people: the order is the one given', () => {
    const entries = qualityWeb([ali, mum, sam], checkIns, 'validated', now);
    expect(entries.map((e) => e.relationshipId)).toEqual([ali.id, mum.id, sam.id]);
  });
});

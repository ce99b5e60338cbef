import { describe, expect, it } from 'vitest';
import type { RelationalCheckIn } from '../check-ins/check-in.ts';
import { testPorts } from '../parts/test-factories.ts';
import { keepsDepleting } from './keeps-depleting.ts';
import { relationshipStory } from './relationship-story.ts';
import { relationshipWeb } from './relationship-web.ts';
import type { Relationship } from './relationship.ts';
import { makeCheckIn, makeRelationship } from './test-factories.ts';

const start = Date.UTC(2016, 0, 1);
const span = 10 * 365 * 24 * 60 * 60 * 1000;

/** Ten years: 40 relationships and 29,960 check-ins, a quarter of them with one close person. */
function tenYears() {
  const ports = testPorts(start);
  const relationships: Relationship[] = Array.from({ length: 40 }, (_, i) =>
    makeRelationship(ports, { name: `Person ${i}`, path: 'evolving' }),
  );
  const checkIns: RelationalCheckIn[] = [];
  for (let i = 0; i < 30_000 - relationships.length; i += 1) {
    const who = i % 4 === 0 ? 0 : (i % 39) + 1;
    checkIns.push(
      makeCheckIn(ports, {
        relationshipId: relationships[who]?.id ?? '',
        // A scrambled but deterministic order, as records arrive from sync.
        at: start + ((i * 7919) % 30_000) * (span / 30_000),
        afterwards: (i % 5) - 2,
        seen: i % 2 ? 'mostly' : 'a-little',
        abandonedMyself: i % 3 ? 'no' : 'yes',
        heldBoundary: i % 7 ? null : 'yes',
      }),
    );
  }
  return { relationships, checkIns };
}

/** The median of five timed runs after a warm-up, so the figure is the steady state a person meets. */
function medianMs(run: () => void): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const began = performance.now();
    run();
    times.push(performance.now() - began);
  }
  return [...times].sort((a, b) => a - b)[2] ?? Infinity;
}

describe('relationship summaries over ten years', () => {
  const { relationships, checkIns } = tenYears();
  const close = relationships[0];
  const now = start + span;

  it('draws the web of 40 relationships from 30,000 objects well within an interaction', () => {
    expect(relationships.length + checkIns.length).toBe(30_000);
    const ms = medianMs(() => expect(relationshipWeb(relationships, checkIns, now)).toHaveLength(40));
    // The bar is 100 ms on a person's device; this bound is generous for a shared, noisy machine.
    expect(ms).toBeLessThan(250);
  });

  it('tells the story of the closest relationship, and checks it for depletion, just as fast', () => {
    if (!close) throw new Error('expected a relationship');
    const storyMs = medianMs(() => expect(relationshipStory(close, checkIns).checkIns).toHaveLength(7_490));
    const depletingMs = medianMs(() => keepsDepleting(close, checkIns));
    expect(storyMs).toBeLessThan(250);
    expect(depletingMs).toBeLessThan(250);
  });
});

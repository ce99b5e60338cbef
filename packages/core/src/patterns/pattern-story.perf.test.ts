import { describe, expect, it } from 'vitest';
import { patternResponses, type Meeting } from '../meetings/meeting.ts';
import { makeMeeting } from '../parts/test-factories.ts';
import type { Pause } from '../pauses/pause.ts';
import { makePattern, makePause, testPorts } from '../pauses/test-factories.ts';
import { patternStory } from './pattern-story.ts';

const partId = '01890000-0000-7000-8000-000000000001';

/** Ten years: 15,000 pauses and 15,000 meetings (30,000 objects), a fifth tagged with the pattern. */
function tenYears() {
  const ports = testPorts(Date.UTC(2016, 0, 1));
  const pattern = makePattern(ports);
  const other = makePattern(ports, { when: 'another loop' });
  const span = 10 * 365 * 86_400_000;
  const pauses: Pause[] = [];
  const meetings: Meeting[] = [];
  for (let i = 0; i < 30_000; i += 1) {
    // A scrambled but deterministic order, as records arrive from sync.
    const at = Date.UTC(2016, 0, 1) + ((i * 7919) % 30_000) * (span / 30_000);
    const patternId = i % 5 === 0 ? pattern.id : other.id;
    const response = patternResponses[i % 3] ?? null;
    if (i % 2) meetings.push(makeMeeting(ports, { partIds: [partId], when: at, patternId, response }));
    else {
      const noticedAfter =
        response === 'noticed-afterwards' ? { amount: (i % 48) + 1, unit: 'hours' as const } : null;
      pauses.push(makePause(ports, { startedAt: at, patternId, response, noticedAfter }));
    }
  }
  return { pattern, pauses, meetings };
}

describe('patternStory over ten years', () => {
  it('tells a pattern’s story from 30,000 objects well within an interaction', () => {
    const { pattern, pauses, meetings } = tenYears();
    patternStory(pattern, pauses, meetings); // warm-up, so the figure is the steady state a person meets
    const times: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const start = performance.now();
      const story = patternStory(pattern, pauses, meetings);
      times.push(performance.now() - start);
      expect(story.moments).toHaveLength(6_000);
    }
    const median = [...times].sort((a, b) => a - b)[2] ?? Infinity;
    // The bar is 100 ms on a person's device; this bound is generous for a shared, noisy machine.
    expect(median).toBeLessThan(250);
  });
});

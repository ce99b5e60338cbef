import { getHeapSpaceStatistics } from 'node:v8';
import { setImmediate as yieldTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { capYoungGeneration } from './young-generation.ts';

const newSpaceBytes = () =>
  getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;

describe('capYoungGeneration', () => {
  it('keeps the young generation from growing past the cap under churn with survivors', async () => {
    const cap = newSpaceBytes();
    const stop = capYoungGeneration(cap, 1);
    try {
      // Objects that live across a few collections, as requests in flight do: what makes V8 grow it.
      const alive: unknown[][] = [];
      for (let round = 0; round < 200; round += 1) {
        alive.push(Array.from({ length: 2000 }, (_, i) => ({ round, i, text: `record ${i}` })));
        if (alive.length > 20) alive.shift();
        await yieldTurn();
      }
      expect(newSpaceBytes()).toBeLessThanOrEqual(cap);
    } finally {
      stop();
    }
  });
});

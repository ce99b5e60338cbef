import type { Pause } from '@tend/core';
import { describe, expect, it } from 'vitest';
import { pausesShown } from './past-pauses.ts';

const pause = (id: string, finishedAt: number | null) => ({ id, fields: { finishedAt } }) as unknown as Pause;

describe('the past pauses a page shows', () => {
  it('is the newest ones, and every pause left open however old', () => {
    const newestFirst = [pause('a', 5), pause('b', 4), pause('c', null), pause('d', 2), pause('e', null)];
    expect(pausesShown(newestFirst, 2).map((p) => p.id)).toEqual(['a', 'b', 'c', 'e']);
    expect(pausesShown(newestFirst, 10).map((p) => p.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

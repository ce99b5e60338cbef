import { describe, expect, it } from 'vitest';
import { sampleEntry } from './sample-entry.ts';
import { timeNoticing } from './time-noticing.ts';

describe('noticing speed', () => {
  it('notices a 300-word entry well within a keystroke (median of 50 runs under 5 ms)', () => {
    expect(sampleEntry.split(/\s+/u).length).toBeGreaterThanOrEqual(300);
    expect(timeNoticing(sampleEntry, 50, () => performance.now())).toBeLessThan(5);
  });
});

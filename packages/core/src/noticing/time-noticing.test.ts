import { describe, expect, it } from 'vitest';
import { sampleEntry, sampleSentence } from './sample-entry.ts';
import { timeNoticing } from './time-noticing.ts';

// Speed itself is measured by `npm run bench` and `npm run eval:noticing`, never by a test.
describe('timeNoticing', () => {
  it('times with the clock it is given: the median and the 95th percentile of the runs', () => {
    let tick = 0;
    const clock = () => (tick += 1);
    expect(timeNoticing(sampleSentence, 40, clock)).toEqual({ median: 1, p95: 1 });
  });

  it('has a 300-word entry and one long sentence to time', () => {
    expect(sampleEntry.split(/\s+/u).length).toBeGreaterThanOrEqual(300);
    expect(sampleSentence.split(/\s+/u).length).toBeGreaterThanOrEqual(25);
  });
});

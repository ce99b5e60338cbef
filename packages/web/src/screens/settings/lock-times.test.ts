import { describe, expect, it } from 'vitest';
import { durationText, lockLabel, lockMinutes } from './lock-times.ts';

describe('lock times', () => {
  it.each([
    [1, '1 minute'],
    [5, '5 minutes'],
    [60, '1 hour'],
    [240, '4 hours'],
    [1440, '24 hours'],
    [90, '90 minutes'],
  ])('%i minutes read as "%s"', (minutes, text) => {
    expect(durationText(minutes)).toBe(text);
    expect(lockLabel(minutes)).toBe(`After ${text}`);
  });

  it('offers only times the device settings accept (1 minute to a day)', () => {
    expect(lockMinutes.every((m) => Number.isInteger(m) && m >= 1 && m <= 24 * 60)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { isIdleTooLong } from './idle.ts';

describe('isIdleTooLong', () => {
  const minute = 60_000;
  it('locks once the chosen minutes have passed without activity', () => {
    expect(isIdleTooLong(0, 5 * minute - 1, 5)).toBe(false);
    expect(isIdleTooLong(0, 5 * minute, 5)).toBe(true);
  });

  it('never locks on its own when the person chose 0', () => {
    expect(isIdleTooLong(0, 1000 * minute, 0)).toBe(false);
  });

  it('treats a clock that went back as activity just now', () => {
    expect(isIdleTooLong(10 * minute, 0, 5)).toBe(false);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { formatDay, formatLongDay, formatMoment, formatWhen, setDateLocale } from './dates.ts';

// 16 March 2026, 14:05 in the device's time zone, whatever that is where the tests run.
const moment = new Date(2026, 2, 16, 14, 5).getTime();

afterEach(() => setDateLocale(undefined));

describe('dates', () => {
  it.each([
    ['en-GB', '16 March 2026', '14:05', 'March 2026'],
    ['en-US', 'March 16, 2026', '2:05 PM', 'March 2026'],
    ['de-DE', '16. März 2026', '14:05', 'März 2026'],
    ['es-ES', '16 de marzo de 2026', '14:05', 'marzo de 2026'],
  ])('writes a day, a time and a month the way %s reads them', (locale, day, time, month) => {
    setDateLocale(locale);
    expect(formatWhen(moment, 'day')).toBe(day);
    expect(formatWhen(moment, 'time')).toBe(time);
    expect(formatWhen(moment, 'month')).toBe(month);
    expect(formatDay('2026-03-16')).toBe(day);
  });

  it('reads a calendar day as that day, whatever the time zone', () => {
    setDateLocale('en-GB');
    expect(formatDay('2026-01-01')).toBe('1 January 2026');
    expect(formatLongDay('2026-03-16')).toBe('Monday, 16 March 2026');
    expect(formatDay('not a day')).toBe('not a day');
  });

  it('says only the time for a moment today, and the day as well for another day', () => {
    setDateLocale('en-GB');
    expect(formatMoment(moment, moment + 60_000)).toBe('14:05');
    expect(formatMoment(moment, moment + 3 * 86_400_000)).toBe('16 Mar, 14:05');
  });
});

import { localDate, weekdays, type Weekday } from '@tend/core';

/** The next day (today included) that falls on one of the chosen weekdays, for the calendar's start. */
export function firstDayOn(days: readonly Weekday[], now: number): string {
  const day = 24 * 60 * 60 * 1000;
  for (let ahead = 0; ahead < 7; ahead += 1) {
    const moment = now + ahead * day;
    const weekday = weekdays[(new Date(moment).getDay() + 6) % 7];
    if (weekday && days.includes(weekday)) return localDate(moment);
  }
  return localDate(now);
}

/** tend-reminder-water-and-a-breath.ics */
export function icsFileName(words: string): string {
  const slug = words
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
  return `tend-reminder${slug ? `-${slug}` : ''}.ics`;
}

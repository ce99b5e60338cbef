/*
 * Every date and time on screen, one format per purpose, through Intl in the person's locale: the
 * language Tend speaks (in the browser's variant of it). A format per purpose rather than per screen, so that a
 * day reads the same on every page ("16 March 2026" in en-GB, "March 16, 2026" in en-US, "16. März
 * 2026" in German).
 */

import { languageState } from '../i18n/language-choice.ts';
import { formattingLocale } from '../i18n/languages.ts';

const purposes = {
  /** "16 March 2026" */
  day: { dateStyle: 'long' },
  /** "Monday, 16 March 2026": headings over a day, and a meeting's or pause's day. */
  weekday: { dateStyle: 'full' },
  /** "March 2026" */
  month: { month: 'long', year: 'numeric' },
  /** "Tuesday 3 March": a day of the last months, with its weekday and no year. */
  weekdayInYear: { weekday: 'long', day: 'numeric', month: 'long' },
  /** "14:05" or "2:05 PM" */
  time: { timeStyle: 'short' },
  /** "14:05:09": when each of several moments a minute apart happened. */
  seconds: { timeStyle: 'medium' },
  /** "16 March 2026 at 14:05" */
  moment: { dateStyle: 'long', timeStyle: 'short' },
  /** "Monday, 16 March 2026 at 14:05" */
  weekdayMoment: { dateStyle: 'full', timeStyle: 'short' },
  /** "Monday 14:05": a moment in the last few days. */
  // eslint-disable-next-line lingui/no-unlocalized-strings -- an Intl option, not words
  weekdayTime: { weekday: 'long', hour: 'numeric', minute: '2-digit' },
  /** "16 Mar, 14:05": a moment on another day, where space is short. */
  // eslint-disable-next-line lingui/no-unlocalized-strings -- an Intl option, not words
  shortMoment: { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' },
  /** "3 March": a day of this year, where the year goes without saying. */
  dayInYear: { day: 'numeric', month: 'long' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DatePurpose = keyof typeof purposes;

let chosenLocale: string | undefined;
/** Made formatters by purpose, zone and locale. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Sets the locale dates are written in (undefined: the language Tend speaks, in the browser's variant
 * of it). Tests fix one so their words are stable.
 */
export function setDateLocale(locale: string | undefined): void {
  chosenLocale = locale;
  formatters.clear();
}

/** One formatter per purpose and time zone, made once: constructing Intl formatters is slow. */
function formatter(purpose: DatePurpose, timeZone?: 'UTC'): Intl.DateTimeFormat {
  const { language, preferred } = languageState();
  const locale = chosenLocale ?? formattingLocale(language, preferred);
  const key = `${purpose}|${timeZone ?? ''}|${locale}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale, { ...purposes[purpose], ...(timeZone ? { timeZone } : {}) });
    formatters.set(key, made);
  }
  return made;
}

/** A moment (milliseconds) written for a purpose, in the device's time zone. */
export function formatWhen(ms: number, purpose: DatePurpose): string {
  return formatter(purpose).format(ms);
}

/** A YYYY-MM-DD calendar day written for a purpose, read as that day wherever the device is. */
function formatCalendarDay(day: string, purpose: DatePurpose): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  return formatter(purpose, 'UTC').format(Date.UTC(year, month - 1, date));
}

/** "16 March 2026" for a YYYY-MM-DD day. */
export const formatDay = (day: string): string => formatCalendarDay(day, 'day');

/** "Monday, 16 March 2026" for a YYYY-MM-DD day, for headings over a day's entries. */
export const formatLongDay = (day: string): string => formatCalendarDay(day, 'weekday');

/** "14:05" for a moment today, "16 Mar, 14:05" for another day. */
export function formatMoment(ms: number, now: number): string {
  const sameDay = new Date(ms).toDateString() === new Date(now).toDateString();
  return formatWhen(ms, sameDay ? 'time' : 'shortMoment');
}

import type { Stance } from '../meetings/meeting.ts';

/**
 * Every phrase a part's story summary is built from, in one place so the tone guard can read them all.
 * docs/CARE.md: gentle facts, no scores, nonlinear is normal; never a word of elimination or completion.
 */
export const storyCopy = {
  noMeetings: 'This part’s story begins when you first meet it here.',
  metOnce: 'You have met this part once.',
  metTimes: (times: number, months: number): string =>
    months > 1
      ? `You have met this part ${times} times, across ${months} months.`
      : `You have met this part ${times} times.`,
  mostly: {
    'stayed-with-compassion': 'you mostly stayed with this part with compassion',
    abandoned: 'you mostly left this part on its own',
    exiled: 'you mostly pushed this part away',
    'tried-to-fix': 'you mostly tried to make this part different',
    'ran-the-show': 'this part mostly ran the show',
  } satisfies Record<Stance, string>,
  moreOften: {
    'stayed-with-compassion': 'you more often stayed with it with compassion',
    abandoned: 'you more often left it on its own',
    exiled: 'you more often pushed it away',
    'tried-to-fix': 'you more often tried to make it different',
    'ran-the-show': 'it more often ran the show',
  } satisfies Record<Stance, string>,
  inMonth: (month: string, clause: string): string => `In ${month} ${clause}.`,
  changed: (later: string, laterClause: string, earlier: string, earlierClause: string): string =>
    `In ${later} ${laterClause}; in ${earlier} ${earlierClause}.`,
  steady: (clause: string): string => `Across these months ${clause}.`,
  nonlinear: 'Some months look different from others. That is part of the work, not a step back.',
  presence: (present: number, noted: number): string =>
    `You were present in ${present} of the ${noted} meetings where you noted how present you were.`,
  oneProjection: (month: string, delay: string): string =>
    `In ${month} you recognised a projection after about ${delay}.`,
  projectionTrend: (earlier: string, earlierDelay: string, later: string, laterDelay: string): string =>
    `Recognising a projection took about ${earlierDelay} in ${earlier}, and about ${laterDelay} in ${later}.`,
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
} as const;

const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** A recognition delay in plain words: "20 minutes", "3 hours", "2 days". */
export function describeDelay(minutes: number): string {
  if (minutes < 1) return 'a moment';
  if (minutes < 60) return plural(Math.round(minutes), 'minute');
  if (minutes < 60 * 24) return plural(Math.round(minutes / 60), 'hour');
  return plural(Math.round(minutes / (60 * 24)), 'day');
}

/** "March", or "March 2026" when the story spans more than one year. */
export function describeMonth(month: string, withYear: boolean): string {
  const [year, number] = month.split('-');
  const name = storyCopy.months[Number(number) - 1] ?? month;
  return withYear && year ? `${name} ${year}` : name;
}

/** Whether a story's months, oldest first, span more than one year, so each is named with its year. */
export function spansYears(months: readonly { readonly month: string }[]): boolean {
  const first = months[0]?.month ?? '';
  const last = months.at(-1)?.month ?? '';
  return first.slice(0, 4) !== last.slice(0, 4);
}

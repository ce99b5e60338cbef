/**
 * Every phrase a pattern's summary is built from, in one place so the tone guard reads them all.
 * docs/CARE.md: gentle facts, no score; a month with more of the old response is information, not failure.
 */
export const patternCopy = {
  noMoments: 'Moments gather here when you tag a pause or a meeting with this pattern.',
  taggedOnce: 'You have tagged this pattern once.',
  tagged: (times: number, months: number): string =>
    months > 1
      ? `You have tagged this pattern ${times} times, across ${months} months.`
      : `You have tagged this pattern ${times} times.`,
  latest: (month: string, noted: string): string => `In ${month} you noted ${noted}.`,
  counts: {
    new: (times: string): string => `the new response ${times}`,
    old: (times: string): string => `the old response ${times}`,
    'noticed-afterwards': (times: string): string => `noticing the old one afterwards ${times}`,
  },
  inAll: (times: string): string => `Across these months, the new response happened ${times}.`,
  nonlinear:
    'Some months the old response comes more often. That is information about what those months held, not a step back.',
  oneDelay: (month: string, delay: string): string =>
    `In ${month} you noticed the old response after about ${delay}.`,
  delayTrend: (earlier: string, earlierDelay: string, later: string, laterDelay: string): string =>
    `Noticing the old response took about ${earlierDelay} in ${earlier}, and about ${laterDelay} in ${later}.`,
} as const;

/** "once", "twice", "3 times". */
export function describeTimes(n: number): string {
  if (n === 1) return 'once';
  if (n === 2) return 'twice';
  return `${n} times`;
}

/** "a", "a and b", "a, b and c". */
export function joinAnd(items: readonly string[]): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

import type { CheckInQuality } from './check-in.ts';

/*
 * Every phrase the six qualities' summaries are built from, in one place for the tone guard. They
 * describe how time together felt to the person, never the other person, and never as a score.
 */

/** "you mostly felt seen": what the person felt, as a verb phrase. */
export const qualityFelt = {
  seen: 'felt seen',
  validated: 'felt validated',
  attunedTo: 'felt attuned to',
  reciprocity: 'felt there was reciprocity',
  safeAndRespected: 'felt safe and respected',
  couldBeMyself: 'could be yourself',
} as const satisfies Record<CheckInQuality, string>;
const felt = qualityFelt;

/** "feeling seen was rarer": the same as a noun phrase. */
export const qualityFeeling = {
  seen: 'feeling seen',
  validated: 'feeling validated',
  attunedTo: 'feeling attuned to',
  reciprocity: 'reciprocity',
  safeAndRespected: 'feeling safe and respected',
  couldBeMyself: 'being yourself',
} as const satisfies Record<CheckInQuality, string>;
const feeling = qualityFeeling;

/** The picture's name for each quality, with the domain's word for it. */
export const qualityNames = {
  seen: 'Feeling seen (mirroring)',
  validated: 'Feeling validated',
  attunedTo: 'Feeling attuned to (attunement)',
  reciprocity: 'Reciprocity',
  safeAndRespected: 'Feeling safe and respected',
  couldBeMyself: 'Being myself',
} as const satisfies Record<CheckInQuality, string>;

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export const qualityCopy = {
  notYet: (q: CheckInQuality): string => `${capital(feeling[q])} has not been noted yet.`,
  mostly: (span: string, q: CheckInQuality, name: string, often: number, noted: number): string =>
    `${capital(span)} you mostly ${felt[q]} with ${name} (${often} of ${noted} times noted).`,
  sometimes: (span: string, q: CheckInQuality, name: string, often: number, noted: number): string =>
    `${capital(span)} you ${felt[q]} with ${name} some of the time (${often} of ${noted} times noted).`,
  rarely: (span: string, q: CheckInQuality, name: string, noted: number): string =>
    `${capital(span)} ${feeling[q]} with ${name} was rarer: it came a little or not at all (${noted} ${noted === 1 ? 'time' : 'times'} noted).`,
  quietLately: (span: string, q: CheckInQuality): string =>
    `Nothing about ${feeling[q]} was noted ${span}; the picture shows the earlier times.`,
  harderLately:
    'It came less often lately than before. Relationships move unevenly, and a harder stretch is information, not a verdict.',
  mostAndRarest: (span: string, most: CheckInQuality, rarest: CheckInQuality): string =>
    `${capital(span)}, ${feeling[most]} came most often; ${feeling[rarest]} was rarer.`,
  lastMonths: (months: number): string =>
    months === 1 ? 'this month' : `in the last ${months === 2 ? 'two' : months} months`,
} as const;

/** The web viewed by one quality: one sentence per person, with counts. */
export const qualityWebCopy = {
  noted: (weeks: number, q: CheckInQuality, often: number, noted: number): string =>
    `In the last ${weeks} weeks you ${felt[q]} mostly or fully ${often} of the ${noted} ${noted === 1 ? 'time' : 'times'} you noted it.`,
  notEnough: (weeks: number, q: CheckInQuality): string =>
    `There is not enough noted about ${feeling[q]} in the last ${weeks} weeks to say.`,
} as const;

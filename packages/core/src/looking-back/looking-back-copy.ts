import { listOf } from '../list-of.ts';
import type { PauseNeed } from '../pauses/pause.ts';
import { pauseNeedWords } from '../pauses/pause-words.ts';

/*
 * Every sentence Looking back is built from, in one place for the tone guard. Counts are gentle facts;
 * nothing is scored, and months that differ are named as the ordinary unevenness of a life.
 */

const times = (n: number): string => (n === 1 ? 'once' : `${n} times`);

export const lookingBackCopy = {
  spanWords: {
    month: 'the last month',
    season: 'the last three months',
    year: 'the last year',
    everything: 'all the time you have used Tend',
  },
  uneven:
    'Some months held more than others. Uneven months are ordinary information about a life, not a measure of anything.',
  nothingYet: (span: string): string => `Nothing was noted in ${span}. There is no hurry.`,
  kindness: (span: string, n: number): string =>
    n === 0
      ? `No kindness moments were noted in ${span}. They can be as small as a glass of water, whenever you like.`
      : `${n === 1 ? '1 kindness moment was' : `${n} kindness moments were`} noted in ${span}.`,
  pauses: (span: string, n: number): string =>
    n === 0 ? `No pauses in ${span}.` : `You paused ${times(n)} in ${span}.`,
  neededMost: (needs: readonly PauseNeed[]): string =>
    `What you needed most often: ${needs.map((n) => pauseNeedWords[n].toLowerCase()).join(', ')}.`,
  pauseResponses: (newer: number, old: number): string =>
    `The response you are practising happened ${times(newer)}, the old one ${times(old)}; both are part of the work.`,
  relationship: (name: string, nourished: number, depleted: number, between: number): string =>
    `With ${name}, you came away ${listOf([
      nourished ? `nourished ${times(nourished)}` : '',
      depleted ? `depleted ${times(depleted)}` : '',
      between ? `somewhere in between ${times(between)}` : '',
    ])}.`,
  relationshipQuiet: (name: string, checkIns: number): string =>
    `You checked in about ${name} ${times(checkIns)}, without noting how you felt afterwards.`,
  griefReturned: (title: string, n: number): string =>
    `You returned to “${title}” ${times(n)}. Grief is allowed to take its time.`,
  griefCarried: (title: string): string =>
    `You are carrying “${title}”; nothing was added in this span, which is fine too.`,
} as const;

/** On This Day, on home: "A year ago today you wrote", "3 years ago today you wrote". */
export const onThisDayWords = (yearsAgo: number): string =>
  yearsAgo === 1 ? 'A year ago today you wrote' : `${yearsAgo} years ago today you wrote`;

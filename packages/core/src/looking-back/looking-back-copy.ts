import type { CheckInQuality } from '../check-ins/check-in.ts';
import { qualityFeeling, qualityFelt } from '../check-ins/quality-copy.ts';
import { listOf } from '../list-of.ts';
import { noticingCopy } from '../noticing/noticing-copy.ts';
import type { PauseNeed } from '../pauses/pause.ts';
import type { SelfTalkPattern } from './self-talk.ts';
import { pauseNeedWords } from '../pauses/pause-words.ts';

/*
 * Every sentence Looking back is built from, in one place for the tone guard. Counts are gentle facts;
 * nothing is scored, and months that differ are named as the ordinary unevenness of a life.
 */

const times = (n: number): string => (n === 1 ? 'once' : `${n} times`);
const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const people = (n: number): string => (n === 1 ? 'one person' : `${n} people`);

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
  helpedMost: (names: readonly string[]): string => `What helped most often: ${listOf(names)}.`,
  quality: (span: string, q: CheckInQuality, often: number, noted: number, peopleCount: number): string =>
    noted === 1
      ? `Over ${span}, you noted it once: you ${qualityFelt[q]} ${often ? 'mostly or fully' : 'a little or not at all'}.`
      : `Over ${span}, you ${qualityFelt[q]} mostly or fully ${often} of the ${noted} times you noted it, with ${people(peopleCount)}.`,
  qualityQuiet: (span: string, q: CheckInQuality): string =>
    `${capital(qualityFeeling[q])} was not noted in ${span}.`,
  qualitiesNone: (span: string): string => `No check-in in ${span} noted any of the six qualities.`,
  qualitiesOverview: (span: string, most: CheckInQuality, rarest: CheckInQuality): string =>
    `Over ${span}, ${qualityFeeling[most]} came most often; ${qualityFeeling[rarest]} was rarer.`,
  qualitiesMove:
    'How each quality comes moves with people and seasons. A rarer stretch is information, not a verdict on anyone.',
  selfTalk: (span: string, pieces: number, counts: readonly [SelfTalkPattern, number][]): string =>
    `Gentle noticing named a harder way of speaking to yourself in ${pieces === 1 ? 'one piece' : `${pieces} pieces`} of writing over ${span}: ${listOf(
      counts.map(([pattern, n]) => `${noticingCopy[pattern].name.toLowerCase()} ${times(n)}`),
    )}.`,
  selfTalkNone: (span: string): string =>
    `Gentle noticing did not name any harder self-talk in your writing over ${span}.`,
  selfTalkWaves:
    'Self-talk comes in waves. A month with more is information about what you were carrying, not a step backwards.',
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

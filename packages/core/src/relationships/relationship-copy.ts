import { listOf } from '../list-of.ts';
import type { ChangeFear } from './relationship.ts';

/**
 * Every sentence the relationship summaries are built from, in one place so the tone guard can read
 * them all. docs/CARE.md: gentle facts, no scores, a heavier month is part of the path. Tend never says to
 * end, leave or cut off a relationship: when one keeps depleting it offers questions and a practitioner.
 */

/** The three questions of changing, in DOMAIN.md's words. */
export const fearQuestions = {
  'still-love-me': 'If I stop doing this, will they still love me?',
  'will-they-stay': 'If I speak up, will they stay?',
  'will-i-be-alone': 'If I change, will I be alone?',
} as const satisfies Record<Exclude<ChangeFear, 'own-words'>, string>;

/** How time together has tended to leave the person, by the average of "afterwards". */
export const leans = ['nourished', 'in-between', 'depleted'] as const;
export type Lean = (typeof leans)[number];

const times = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

export const relationshipStoryCopy = {
  noCheckIns: 'This relationship’s story begins with your first check-in.',
  checkedInOnce: 'You have checked in once after time together.',
  checkedIn: (count: number, months: number): string =>
    months > 1
      ? `You have checked in ${count} times after time together, across ${months} months.`
      : `You have checked in ${count} times after time together.`,
  mostly: {
    nourished: 'you mostly came away feeling nourished',
    'in-between': 'you mostly came away feeling somewhere in between',
    depleted: 'you mostly came away feeling depleted',
  } satisfies Record<Lean, string>,
  moreOften: {
    nourished: 'more often nourished',
    'in-between': 'more often somewhere in between',
    depleted: 'more often depleted',
  } satisfies Record<Lean, string>,
  inMonth: (month: string, clause: string): string => `In ${month} ${clause}.`,
  changed: (later: string, laterClause: string, earlier: string, earlierClause: string): string =>
    `In ${later} ${laterClause}; in ${earlier}, ${earlierClause}.`,
  steady: (clause: string): string => `Across these months ${clause}.`,
  nonlinear: 'Some months felt heavier than others. That is part of the path, not a step back.',
  boundaries: (held: number): string => `You held a boundary ${times(held)}.`,
  abandoned: (count: number): string =>
    `You noticed abandoning yourself to keep the peace ${times(count)}. Noticing it is part of the practice.`,
  both: (held: number, abandoned: number): string =>
    `You held a boundary ${times(held)}, and noticed abandoning yourself to keep the peace ${times(abandoned)}.`,
} as const;

export const relationshipWebCopy = {
  nourishing: (weeks: number, nourished: number, noted: number): string =>
    `In the last ${weeks} weeks you came away feeling nourished ${nourished} of the ${noted} times you noted how you felt.`,
  depleting: (weeks: number, depleted: number, noted: number): string =>
    `In the last ${weeks} weeks you came away feeling depleted ${depleted} of the ${noted} times you noted how you felt.`,
  mixed: (weeks: number, nourished: number, depleted: number, between: number): string =>
    `In the last ${weeks} weeks you came away feeling ${listOf([
      nourished ? `nourished ${times(nourished)}` : '',
      depleted ? `depleted ${times(depleted)}` : '',
      between ? `in between ${times(between)}` : '',
    ])}.`,
  notEnough: (weeks: number): string =>
    `There are not enough check-ins from the last ${weeks} weeks to say how this has felt lately.`,
} as const;

/**
 * Offered, never pushed, when a relationship keeps depleting (see keepsDepleting). Questions only: the
 * person decides what, if anything, changes.
 */
export const gentleQuestions = {
  intro:
    'Time with this person has often left you feeling depleted lately. If it helps, here are a few questions to sit with.',
  questions: [
    'What would protecting your well-being look like here?',
    'What boundary might help you with this person?',
    'Would you like to bring this to a practitioner?',
  ],
  aside: 'There is no right answer, and you can set these aside at any time.',
} as const;

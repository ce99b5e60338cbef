import { afterwardsScale, type RelationalCheckIn } from '../check-ins/check-in.ts';
import { localMonth } from '../parts/part-story.ts';
import type { MonthKey } from '../parts/story-month.ts';
import type { CheckInMonth } from './check-in-month.ts';
import { pathHistory, type PathEntry } from './path-history.ts';
import type { Relationship } from './relationship.ts';
import {
  relationshipFacts,
  sayRelationshipSentence,
  type RelationshipFacts,
} from './relationship-story-summary.ts';

export type RelationshipStory = {
  readonly relationshipId: string;
  /** This relationship's check-ins, oldest first. */
  readonly checkIns: readonly RelationalCheckIn[];
  /** Only months with check-ins, oldest first: quiet months are not gaps to explain. */
  readonly months: readonly CheckInMonth[];
  /** Every change of path, oldest first. */
  readonly paths: readonly PathEntry[];
  /** A plain text summary of how time together has felt, in English. Contains nothing the person wrote. */
  readonly summary: string;
  /** The summary's facts, sentence by sentence, for each language to say. */
  readonly facts: RelationshipFacts;
};

export type RelationshipStoryOptions = {
  /** The calendar month of a moment in the person's time zone; local time when not given. */
  readonly monthOf?: (ms: number) => MonthKey;
};

/** Time order, with a total tie-break so the story reads the same whatever order check-ins arrive in. */
export function byAt(a: RelationalCheckIn, b: RelationalCheckIn): number {
  if (a.fields.at !== b.fields.at) return a.fields.at - b.fields.at;
  if (a.createdAt !== b.createdAt) return a.createdAt - b.createdAt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Whether a check-in's "afterwards" was noted as a known value (values read back are shape-checked only). */
export const afterwardsOf = (checkIn: RelationalCheckIn): number | null => {
  const value = checkIn.fields.afterwards;
  const isKnown = value !== null && Number.isInteger(value);
  return isKnown && value >= afterwardsScale.depleted && value <= afterwardsScale.nourished ? value : null;
};

/** A relationship's story: its check-ins over time, month by month, and a gentle summary. */
export function relationshipStory(
  relationship: Relationship,
  checkIns: readonly RelationalCheckIn[],
  options: RelationshipStoryOptions = {},
): RelationshipStory {
  const monthOf = options.monthOf ?? localMonth;
  const own = checkIns.filter((c) => c.fields.relationshipId === relationship.id).sort(byAt);
  const months: CheckInMonth[] = [];
  let current: MonthBuilder | null = null;
  for (const checkIn of own) {
    const month = monthOf(checkIn.fields.at);
    if (current?.month !== month) {
      if (current) months.push(finish(current));
      current = startMonth(month);
    }
    addCheckIn(current, checkIn);
  }
  if (current) months.push(finish(current));
  const facts = relationshipFacts(own.length, months);
  return {
    relationshipId: relationship.id,
    checkIns: own,
    months,
    paths: pathHistory(relationship),
    summary: facts.sentences.map((s) => sayRelationshipSentence(s, facts.withYear)).join(' '),
    facts,
  };
}

type MonthBuilder = { -readonly [K in Exclude<keyof CheckInMonth, 'afterwardsAverage'>]: CheckInMonth[K] } & {
  afterwardsSum: number;
};

function startMonth(month: MonthKey): MonthBuilder {
  return {
    month,
    checkIns: 0,
    afterwardsNoted: 0,
    afterwardsSum: 0,
    nourished: 0,
    depleted: 0,
    abandonedMyself: 0,
    heldBoundary: 0,
  };
}

function addCheckIn(month: MonthBuilder, checkIn: RelationalCheckIn): void {
  const f = checkIn.fields;
  month.checkIns += 1;
  if (f.abandonedMyself === 'yes') month.abandonedMyself += 1;
  if (f.heldBoundary === 'yes') month.heldBoundary += 1;
  const afterwards = afterwardsOf(checkIn);
  if (afterwards === null) return;
  month.afterwardsNoted += 1;
  month.afterwardsSum += afterwards;
  if (afterwards > 0) month.nourished += 1;
  if (afterwards < 0) month.depleted += 1;
}

function finish(month: MonthBuilder): CheckInMonth {
  const { afterwardsSum, ...rest } = month;
  return { ...rest, afterwardsAverage: rest.afterwardsNoted ? afterwardsSum / rest.afterwardsNoted : null };
}

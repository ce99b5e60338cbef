import { checkInQualities, type CheckInQuality, type RelationalCheckIn } from '../check-ins/check-in.ts';
import type { MonthKey } from '../parts/story-month.ts';
import { lookingBackCopy as copy } from './looking-back-copy.ts';

/** One month of one quality across every relationship: felt mostly or fully, or a little or not at all. */
export type QualityMonthCount = { readonly month: MonthKey; readonly often: number; readonly rarely: number };

export type LookingBackQuality = {
  readonly quality: CheckInQuality;
  /** Months where it was answered, oldest first. */
  readonly months: readonly QualityMonthCount[];
  readonly often: number;
  readonly noted: number;
  /** How many relationships it was noted with: a count of people, never which ones or in what order. */
  readonly people: number;
  readonly summary: string;
};

export type LookingBackQualities = {
  /** The six, always in the domain's order. */
  readonly qualities: readonly LookingBackQuality[];
  /** Which came most often and which was rarer, when that is clear; null otherwise. */
  readonly overview: string | null;
  /** The facts of `overview`: the quality felt most often and the rarer one, or null. */
  readonly mostAndRarer: { readonly most: CheckInQuality; readonly rarer: CheckInQuality } | null;
  readonly summary: string;
};

type Tally = { often: number; noted: number; people: Set<string>; months: Map<MonthKey, QualityMonthCount> };

const isOften = (answer: unknown) => answer === 'mostly' || answer === 'fully';
const isRarely = (answer: unknown) => answer === 'a-little' || answer === 'not-at-all';

/**
 * The six qualities over a span, across every relationship at once: how often each was felt, month by
 * month. It describes how time with people felt to the person; it ranks no one and scores nothing.
 * `monthOf` gives each check-in's month, computed once by the caller.
 */
export function qualitiesOf(
  checkIns: readonly RelationalCheckIn[],
  monthOf: (ms: number) => MonthKey,
  span: string,
): LookingBackQualities {
  const tallies = checkInQualities.map((): Tally => ({
    often: 0,
    noted: 0,
    people: new Set(),
    months: new Map(),
  }));
  for (const checkIn of checkIns) {
    const month = monthOf(checkIn.fields.at);
    checkInQualities.forEach((quality, at) => {
      const answer = checkIn.fields[quality];
      const tally = tallies[at];
      if (!tally || !(isOften(answer) || isRarely(answer))) return;
      tally.noted += 1;
      tally.people.add(checkIn.fields.relationshipId);
      const before = tally.months.get(month) ?? { month, often: 0, rarely: 0 };
      const often = isOften(answer);
      if (often) tally.often += 1;
      tally.months.set(month, {
        month,
        often: before.often + (often ? 1 : 0),
        rarely: before.rarely + (often ? 0 : 1),
      });
    });
  }
  const qualities = checkInQualities.map((quality, at) => {
    const t = tallies[at] ?? { often: 0, noted: 0, people: new Set(), months: new Map() };
    const months = [...t.months.values()].sort((a, b) =>
      a.month < b.month ? -1 : a.month > b.month ? 1 : 0,
    );
    const summary = t.noted
      ? copy.quality(span, quality, t.often, t.noted, t.people.size)
      : copy.qualityQuiet(span, quality);
    return { quality, months, often: t.often, noted: t.noted, people: t.people.size, summary };
  });
  const mostAndRarer = mostAndRarerOf(qualities);
  const overview = mostAndRarer && copy.qualitiesOverview(span, mostAndRarer.most, mostAndRarer.rarer);
  const isNoted = qualities.some((q) => q.noted > 0);
  return {
    qualities,
    overview,
    mostAndRarer,
    summary: isNoted
      ? [overview ?? '', copy.qualitiesMove].filter(Boolean).join(' ')
      : copy.qualitiesNone(span),
  };
}

function mostAndRarerOf(
  qualities: readonly LookingBackQuality[],
): { most: CheckInQuality; rarer: CheckInQuality } | null {
  const noted = qualities.filter((q) => q.noted > 0).map((q) => ({ q: q.quality, share: q.often / q.noted }));
  if (noted.length < 2) return null;
  // Ties keep the six's fixed order, so the sentence does not depend on the check-ins' order.
  const most = noted.reduce((a, b) => (b.share > a.share ? b : a));
  const rarest = noted.reduce((a, b) => (b.share < a.share ? b : a));
  return most.share === rarest.share ? null : { most: most.q, rarer: rarest.q };
}

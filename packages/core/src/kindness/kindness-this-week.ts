import { isOneOf } from '../parts/field-guards.ts';
import { kindnessCopy } from './kindness-copy.ts';
import { kindnessWhats, type KindnessMoment, type KindnessWhat } from './kindness-moment.ts';

/** 0 is Sunday, 1 Monday, … 6 Saturday, as the person chose. */
export type WeekStart = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export type KindnessWeek = {
  /** The start of this week, local midnight (ms), and the start of the next. */
  readonly from: number;
  readonly until: number;
  /** Every moment this week, including any kind a newer version of Tend knows and this one does not. */
  readonly total: number;
  readonly counts: Record<KindnessWhat, number>;
  /** A gentle fact: "3 kindness moments this week." Never a comparison, never a missed day. */
  readonly sentence: string;
};

/** Local midnight at the start of the week holding `now`, and a week later (calendar days, so DST-safe). */
export function weekAround(now: number, weekStartsOn: WeekStart): { from: number; until: number } {
  const start = new Date(now);
  start.setHours(0, 0, 0, 0);
  start.setDate(start.getDate() - ((start.getDay() - weekStartsOn + 7) % 7));
  const end = new Date(start);
  end.setDate(end.getDate() + 7);
  return { from: start.getTime(), until: end.getTime() };
}

const noCounts = (): Record<KindnessWhat, number> =>
  Object.fromEntries(kindnessWhats.map((what) => [what, 0])) as Record<KindnessWhat, number>;

/**
 * Gentle counts of this week's kindness moments, per kind, and one sentence about them. Only this
 * week is looked at, so nothing here can read as a chain of days kept or broken.
 */
export function kindnessThisWeek(
  moments: readonly KindnessMoment[],
  now: number,
  weekStartsOn: WeekStart,
): KindnessWeek {
  const { from, until } = weekAround(now, weekStartsOn);
  const counts = noCounts();
  let total = 0;
  for (const moment of moments) {
    const { at, what } = moment.fields;
    if (at < from || at >= until) continue;
    total += 1;
    // Values read back from the vault are checked for shape, not words: count only known ones.
    if (isOneOf(kindnessWhats, what)) counts[what] += 1;
  }
  return { from, until, total, counts, sentence: describeWeek(total) };
}

function describeWeek(total: number): string {
  if (total === 0) return kindnessCopy.none;
  return total === 1 ? kindnessCopy.one : kindnessCopy.many(total);
}

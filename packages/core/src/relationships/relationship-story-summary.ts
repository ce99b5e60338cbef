import { describeMonth, spansYears } from '../parts/story-copy.ts';
import type { MonthKey } from '../parts/story-month.ts';
import { relationshipStoryCopy as copy, type Lean } from './relationship-copy.ts';
import type { CheckInMonth } from './check-in-month.ts';

/** Half a step on the -2…+2 scale either side of zero reads as a lean; closer to zero is in between. */
export function leanOf(average: number): Lean {
  if (average >= 0.5) return 'nourished';
  if (average <= -0.5) return 'depleted';
  return 'in-between';
}

/**
 * One sentence of a relationship's story, as facts: which sentence, its counts, months and leans.
 * Core says them in English (`sayRelationshipSentence`); each language says them from the same facts.
 */
export type RelationshipSentence =
  | { readonly kind: 'no-check-ins' }
  | { readonly kind: 'checked-in'; readonly times: number; readonly months: number }
  | { readonly kind: 'in-month'; readonly month: MonthKey; readonly lean: Lean }
  | { readonly kind: 'steady'; readonly lean: Lean }
  | {
      readonly kind: 'changed';
      readonly later: MonthKey;
      readonly laterLean: Lean;
      readonly earlier: MonthKey;
      readonly earlierLean: Lean;
    }
  | { readonly kind: 'nonlinear' }
  | { readonly kind: 'boundaries'; readonly held: number; readonly abandoned: number };

/** A relationship's story as sentences of facts, and whether its months need their year. */
export type RelationshipFacts = {
  readonly sentences: readonly RelationshipSentence[];
  readonly withYear: boolean;
};

/**
 * A few gentle sentences: how often the person checked in, how time together has tended to leave them
 * then and now, boundaries held and self-abandonment noticed. No score; a heavier month is named as part
 * of the path.
 */
export function relationshipFacts(total: number, months: readonly CheckInMonth[]): RelationshipFacts {
  const withYear = spansYears(months);
  if (total === 0) return { sentences: [{ kind: 'no-check-ins' }], withYear };
  const sentences: (RelationshipSentence | null)[] = [
    { kind: 'checked-in', times: total, months: months.length },
    leanSentence(months),
    hasHeavierMonth(months) ? { kind: 'nonlinear' } : null,
    boundarySentence(months),
  ];
  return { sentences: sentences.filter((s): s is RelationshipSentence => s !== null), withYear };
}

/** One sentence of a relationship's story in English. */
export function sayRelationshipSentence(sentence: RelationshipSentence, withYear: boolean): string {
  const label = (month: MonthKey) => describeMonth(month, withYear);
  switch (sentence.kind) {
    case 'no-check-ins':
      return copy.noCheckIns;
    case 'checked-in':
      return sentence.times === 1 ? copy.checkedInOnce : copy.checkedIn(sentence.times, sentence.months);
    case 'in-month':
      return copy.inMonth(label(sentence.month), copy.mostly[sentence.lean]);
    case 'steady':
      return copy.steady(copy.mostly[sentence.lean]);
    case 'changed':
      return copy.changed(
        label(sentence.later),
        copy.mostly[sentence.laterLean],
        label(sentence.earlier),
        copy.moreOften[sentence.earlierLean],
      );
    case 'nonlinear':
      return copy.nonlinear;
    case 'boundaries': {
      const { held, abandoned } = sentence;
      return held && abandoned
        ? copy.both(held, abandoned)
        : held
          ? copy.boundaries(held)
          : copy.abandoned(abandoned);
    }
  }
}

function leanSentence(months: readonly CheckInMonth[]): RelationshipSentence | null {
  const noted = months.flatMap((m) =>
    m.afterwardsAverage === null ? [] : [{ month: m.month, lean: leanOf(m.afterwardsAverage) }],
  );
  const early = noted[0];
  const late = noted.at(-1);
  if (!early || !late) return null;
  if (early === late) return { kind: 'in-month', month: late.month, lean: late.lean };
  if (early.lean === late.lean) return { kind: 'steady', lean: late.lean };
  return {
    kind: 'changed',
    later: late.month,
    laterLean: late.lean,
    earlier: early.month,
    earlierLean: early.lean,
  };
}

/** Whether some month felt more depleting than an earlier one: the nonlinear path, which is normal. */
export function hasHeavierMonth(months: readonly CheckInMonth[]): boolean {
  let best = -Infinity;
  for (const month of months) {
    if (month.afterwardsAverage === null) continue;
    if (month.afterwardsAverage < best) return true;
    best = Math.max(best, month.afterwardsAverage);
  }
  return false;
}

function boundarySentence(months: readonly CheckInMonth[]): RelationshipSentence | null {
  let held = 0;
  let abandoned = 0;
  for (const month of months) {
    held += month.heldBoundary;
    abandoned += month.abandonedMyself;
  }
  return held || abandoned ? { kind: 'boundaries', held, abandoned } : null;
}

import { describeMonth } from '../parts/story-copy.ts';
import { relationshipStoryCopy as copy, type Lean } from './relationship-copy.ts';
import type { CheckInMonth } from './check-in-month.ts';

/** Half a step on the -2…+2 scale either side of zero reads as a lean; closer to zero is in between. */
export function leanOf(average: number): Lean {
  if (average >= 0.5) return 'nourished';
  if (average <= -0.5) return 'depleted';
  return 'in-between';
}

/**
 * A few gentle sentences: how often the person checked in, how time together has tended to leave them
 * then and now, boundaries held and self-abandonment noticed. No score; a heavier month is named as part
 * of the path.
 */
export function summariseRelationship(total: number, months: readonly CheckInMonth[]): string {
  if (total === 0) return copy.noCheckIns;
  const first = months[0]?.month ?? '';
  const last = months.at(-1)?.month ?? '';
  const label = (month: string) => describeMonth(month, first.slice(0, 4) !== last.slice(0, 4));
  const sentences = [
    total === 1 ? copy.checkedInOnce : copy.checkedIn(total, months.length),
    leanSentence(months, label),
    hasHeavierMonth(months) ? copy.nonlinear : null,
    boundarySentence(months),
  ];
  return sentences.filter((s): s is string => s !== null).join(' ');
}

function leanSentence(months: readonly CheckInMonth[], label: (month: string) => string): string | null {
  const noted = months.flatMap((m) =>
    m.afterwardsAverage === null ? [] : [{ month: m.month, lean: leanOf(m.afterwardsAverage) }],
  );
  const early = noted[0];
  const late = noted.at(-1);
  if (!early || !late) return null;
  if (early === late) return copy.inMonth(label(late.month), copy.mostly[late.lean]);
  if (early.lean === late.lean) return copy.steady(copy.mostly[late.lean]);
  return copy.changed(
    label(late.month),
    copy.mostly[late.lean],
    label(early.month),
    copy.moreOften[early.lean],
  );
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

function boundarySentence(months: readonly CheckInMonth[]): string | null {
  let held = 0;
  let abandoned = 0;
  for (const month of months) {
    held += month.heldBoundary;
    abandoned += month.abandonedMyself;
  }
  if (held && abandoned) return copy.both(held, abandoned);
  if (held) return copy.boundaries(held);
  if (abandoned) return copy.abandoned(abandoned);
  return null;
}

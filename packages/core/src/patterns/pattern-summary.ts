import { describeDelay, describeMonth } from '../parts/story-copy.ts';
import { describeTimes, joinAnd, patternCopy } from './pattern-copy.ts';
import type { PatternMonth } from './pattern-month.ts';

/**
 * A few gentle sentences on a pattern: how often it was tagged, what the latest month held, and how
 * soon the old response was noticed. No score. A month with more of the old response is named as
 * information about that month, never as going backwards.
 */
export function summarisePattern(total: number, months: readonly PatternMonth[]): string {
  if (total === 0) return patternCopy.noMoments;
  const first = months[0]?.month ?? '';
  const last = months.at(-1)?.month ?? '';
  const label = (month: string) => describeMonth(month, first.slice(0, 4) !== last.slice(0, 4));
  const sentences = [
    total === 1 ? patternCopy.taggedOnce : patternCopy.tagged(total, months.length),
    latestSentence(months, label),
    inAllSentence(months),
    months.some(hasMoreOld) ? patternCopy.nonlinear : null,
    delaySentence(months, label),
  ];
  return sentences.filter((s): s is string => s !== null).join(' ');
}

/** A month where the old response came more often than the new one: normal, and worth naming so. */
export const hasMoreOld = (month: PatternMonth): boolean => month.old > month.new;

const responded = (m: PatternMonth): number => m.old + m.new + m.noticedAfterwards;

function latestSentence(months: readonly PatternMonth[], label: (m: string) => string): string | null {
  const latest = months.findLast((m) => responded(m) > 0);
  if (!latest) return null;
  const noted = [
    latest.new ? patternCopy.counts.new(describeTimes(latest.new)) : null,
    latest.old ? patternCopy.counts.old(describeTimes(latest.old)) : null,
    latest.noticedAfterwards
      ? patternCopy.counts['noticed-afterwards'](describeTimes(latest.noticedAfterwards))
      : null,
  ].filter((s): s is string => s !== null);
  return patternCopy.latest(label(latest.month), joinAnd(noted));
}

/** The new response across all months, said only when it adds to what the latest month said. */
function inAllSentence(months: readonly PatternMonth[]): string | null {
  const latest = months.findLast((m) => responded(m) > 0);
  const newTimes = months.reduce((sum, m) => sum + m.new, 0);
  return latest && newTimes > latest.new ? patternCopy.inAll(describeTimes(newTimes)) : null;
}

function delaySentence(months: readonly PatternMonth[], label: (m: string) => string): string | null {
  const timed = months.filter((m) => m.noticedMinutes !== null);
  const early = timed[0];
  const late = timed.at(-1);
  if (!early || !late || early.noticedMinutes === null || late.noticedMinutes === null) return null;
  const earlyDelay = describeDelay(early.noticedMinutes);
  if (early === late) return patternCopy.oneDelay(label(early.month), earlyDelay);
  return patternCopy.delayTrend(
    label(early.month),
    earlyDelay,
    label(late.month),
    describeDelay(late.noticedMinutes),
  );
}

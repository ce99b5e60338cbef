import { describeDelay, describeMonth, spansYears } from '../parts/story-copy.ts';
import { describeTimes, joinAnd, patternCopy } from './pattern-copy.ts';
import type { PatternMonth } from './pattern-month.ts';
import type { MonthKey } from '../parts/story-month.ts';

/**
 * One sentence of a pattern's story, as facts: which sentence, its counts, months and delays (in
 * minutes). Core says them in English (`sayPatternSentence`); each language says them from the facts.
 */
export type PatternSentence =
  | { readonly kind: 'no-moments' }
  | { readonly kind: 'tagged'; readonly times: number; readonly months: number }
  | {
      readonly kind: 'latest';
      readonly month: MonthKey;
      readonly new: number;
      readonly old: number;
      readonly noticedAfterwards: number;
    }
  | { readonly kind: 'in-all'; readonly new: number }
  | { readonly kind: 'nonlinear' }
  | { readonly kind: 'one-delay'; readonly month: MonthKey; readonly minutes: number }
  | {
      readonly kind: 'delay-trend';
      readonly earlier: MonthKey;
      readonly earlierMinutes: number;
      readonly later: MonthKey;
      readonly laterMinutes: number;
    };

/** A pattern's story as sentences of facts, and whether its months need their year. */
export type PatternFacts = { readonly sentences: readonly PatternSentence[]; readonly withYear: boolean };

/**
 * A few gentle sentences on a pattern: how often it was tagged, what the latest month held, and how
 * soon the old response was noticed. No score. A month with more of the old response is named as
 * information about that month, never as going backwards.
 */
export function patternFacts(total: number, months: readonly PatternMonth[]): PatternFacts {
  const withYear = spansYears(months);
  if (total === 0) return { sentences: [{ kind: 'no-moments' }], withYear };
  const sentences: (PatternSentence | null)[] = [
    { kind: 'tagged', times: total, months: months.length },
    latestSentence(months),
    inAllSentence(months),
    months.some(hasMoreOld) ? { kind: 'nonlinear' } : null,
    delaySentence(months),
  ];
  return { sentences: sentences.filter((s): s is PatternSentence => s !== null), withYear };
}

/** One sentence of a pattern's story in English. */
export function sayPatternSentence(sentence: PatternSentence, withYear: boolean): string {
  const label = (month: MonthKey) => describeMonth(month, withYear);
  switch (sentence.kind) {
    case 'no-moments':
      return patternCopy.noMoments;
    case 'tagged':
      return sentence.times === 1
        ? patternCopy.taggedOnce
        : patternCopy.tagged(sentence.times, sentence.months);
    case 'latest': {
      const noted = [
        sentence.new ? patternCopy.counts.new(describeTimes(sentence.new)) : null,
        sentence.old ? patternCopy.counts.old(describeTimes(sentence.old)) : null,
        sentence.noticedAfterwards
          ? patternCopy.counts['noticed-afterwards'](describeTimes(sentence.noticedAfterwards))
          : null,
      ].filter((s): s is string => s !== null);
      return patternCopy.latest(label(sentence.month), joinAnd(noted));
    }
    case 'in-all':
      return patternCopy.inAll(describeTimes(sentence.new));
    case 'nonlinear':
      return patternCopy.nonlinear;
    case 'one-delay':
      return patternCopy.oneDelay(label(sentence.month), describeDelay(sentence.minutes));
    case 'delay-trend':
      return patternCopy.delayTrend(
        label(sentence.earlier),
        describeDelay(sentence.earlierMinutes),
        label(sentence.later),
        describeDelay(sentence.laterMinutes),
      );
  }
}

/** A month where the old response came more often than the new one: normal, and worth naming so. */
export const hasMoreOld = (month: PatternMonth): boolean => month.old > month.new;

const responded = (m: PatternMonth): number => m.old + m.new + m.noticedAfterwards;

function latestSentence(months: readonly PatternMonth[]): PatternSentence | null {
  const latest = months.findLast((m) => responded(m) > 0);
  if (!latest) return null;
  return {
    kind: 'latest',
    month: latest.month,
    new: latest.new,
    old: latest.old,
    noticedAfterwards: latest.noticedAfterwards,
  };
}

/** The new response across all months, said only when it adds to what the latest month said. */
function inAllSentence(months: readonly PatternMonth[]): PatternSentence | null {
  const latest = months.findLast((m) => responded(m) > 0);
  const newTimes = months.reduce((sum, m) => sum + m.new, 0);
  return latest && newTimes > latest.new ? { kind: 'in-all', new: newTimes } : null;
}

function delaySentence(months: readonly PatternMonth[]): PatternSentence | null {
  const timed = months.filter((m) => m.noticedMinutes !== null);
  const early = timed[0];
  const late = timed.at(-1);
  if (!early || !late || early.noticedMinutes === null || late.noticedMinutes === null) return null;
  if (early === late) return { kind: 'one-delay', month: early.month, minutes: early.noticedMinutes };
  return {
    kind: 'delay-trend',
    earlier: early.month,
    earlierMinutes: early.noticedMinutes,
    later: late.month,
    laterMinutes: late.noticedMinutes,
  };
}

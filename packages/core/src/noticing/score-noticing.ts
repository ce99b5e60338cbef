import type { LabelledSentence } from './eval/labelled-sentence.ts';
import { noticeText } from './notice-text.ts';
import { noticingPatterns, type NoticingPattern } from './noticing-types.ts';

export interface PatternScore {
  readonly pattern: NoticingPattern;
  readonly precision: number;
  readonly recall: number;
  readonly expected: number;
}

export interface NoticingScore {
  readonly patterns: readonly PatternScore[];
  readonly crisisRecall: number;
  /** Share of `none` sentences that got any noticing at all. */
  readonly neutralFalseFlagRate: number;
  readonly misses: readonly { readonly text: string; readonly expected: string; readonly got: string[] }[];
}

/** The bars the engine must meet on the labelled set. */
export const noticingBars = Object.freeze({
  crisisRecall: 0.98,
  neutralFalseFlagRate: 0.03,
  precision: 0.85,
  recall: 0.75,
});

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

/** Scores the engine: a sentence is flagged for a pattern if any noticing of that pattern is returned. */
export function scoreNoticing(set: readonly LabelledSentence[]): NoticingScore {
  const results = set.map((item) => ({
    ...item,
    got: [...new Set(noticeText(item.text).map((n) => n.pattern))],
  }));
  const patterns = noticingPatterns.map((pattern) => {
    const flagged = results.filter((r) => r.got.includes(pattern));
    const expected = results.filter((r) => r.expected === pattern);
    const truePositives = flagged.filter((r) => r.expected === pattern).length;
    return {
      pattern,
      precision: ratio(truePositives, flagged.length),
      recall: ratio(truePositives, expected.length),
      expected: expected.length,
    };
  });
  const neutral = results.filter((r) => r.expected === 'none');
  const misses = results.filter((r) =>
    r.expected === 'none' ? r.got.length > 0 : !(r.got.length === 1 && r.got[0] === r.expected),
  );
  return {
    patterns,
    crisisRecall: patterns.find((p) => p.pattern === 'crisis')?.recall ?? 0,
    neutralFalseFlagRate: ratio(neutral.filter((r) => r.got.length > 0).length, neutral.length),
    misses: misses.map(({ text, expected, got }) => ({ text, expected, got })),
  };
}

/** Which bars the score falls short of, in words; empty when every bar is met. */
export function unmetBars(score: NoticingScore): string[] {
  const unmet: string[] = [];
  if (score.crisisRecall < noticingBars.crisisRecall) unmet.push('crisis recall');
  if (score.neutralFalseFlagRate > noticingBars.neutralFalseFlagRate) unmet.push('neutral false-flag rate');
  for (const each of score.patterns) {
    if (each.pattern === 'crisis') continue;
    if (each.precision < noticingBars.precision) unmet.push(`${each.pattern} precision`);
    if (each.recall < noticingBars.recall) unmet.push(`${each.pattern} recall`);
  }
  return unmet;
}

import type { NoticingPattern } from '../../noticing-types.ts';
import type { NoticingDevScore } from './score-noticing-dev.ts';

/** The bars on text written and labelled by other people (issue: noticing that generalises). */
export const noticingDevBars = Object.freeze({
  atRiskRecall: 0.9,
  supportiveFlagged: 0.3,
  should: { recall: 0.75, precision: 0.85 },
  /** These must beat their keyword floor in F1 and reach this recall. */
  aboveFloor: ['catastrophising', 'mind-reading', 'nothing-i-can-do', 'labelling'] as const,
  aboveFloorRecall: 0.5,
});

/**
 * Where the engine stands on the bar it does not meet, kept as a floor so a change cannot slip below
 * it unnoticed (eval/README.md counts why "should" precision is out of reach on these labels: the
 * thoughts flagged but not labelled say a first-person should as plainly as the labelled ones).
 */
export const noticingDevFloors = Object.freeze({
  shouldPrecision: 0.65,
  /** The crisis bars are met with a margin; the margin is held too, so it is not spent unnoticed. */
  atRiskRecall: 0.92,
  supportiveFlagged: 0.2,
});

/** The share of a level's users flagged (0 when the level has no users). */
export function shareFlagged(score: NoticingDevScore, level: string): number {
  const found = score.levels.find((each) => each.level === level);
  return found && found.users > 0 ? found.flagged / found.users : 0;
}

/** Crisis bars missed, in words: these fail the evaluation. */
export function unmetCrisisBars(score: NoticingDevScore): string[] {
  const unmet: string[] = [];
  if (score.atRiskRecall < noticingDevBars.atRiskRecall) unmet.push('crisis recall on at-risk users');
  if (shareFlagged(score, 'Supportive') > noticingDevBars.supportiveFlagged)
    unmet.push('share of Supportive users flagged');
  return unmet;
}

/** Self-talk bars missed, in words. */
export function unmetPatternBars(score: NoticingDevScore): string[] {
  const unmet: string[] = [];
  const of = (pattern: NoticingPattern) => score.patterns.find((each) => each.pattern === pattern);
  const should = of('should');
  if (should && should.engine.recall < noticingDevBars.should.recall) unmet.push('should recall');
  if (should && should.engine.precision < noticingDevBars.should.precision) unmet.push('should precision');
  for (const pattern of noticingDevBars.aboveFloor) {
    const each = of(pattern);
    if (!each) continue;
    if (each.engine.f1 <= each.floor.f1) unmet.push(`${pattern} F1 above its keyword floor`);
    if (each.engine.recall < noticingDevBars.aboveFloorRecall) unmet.push(`${pattern} recall`);
  }
  return unmet;
}

import type { NoticingPattern } from '../../noticing-types.ts';
import { riskLevels, type NoticingDevData, type RiskLevel } from './noticing-dev-types.ts';

/** What is being scored: the engine, or a keyword floor, seen as text in, patterns out. */
export type PatternsOf = (text: string) => ReadonlySet<NoticingPattern>;

/** Which Tend-side labels of the thought data each pattern is scored against. */
export const patternTargets: readonly (readonly [NoticingPattern, readonly string[]])[] = Object.freeze([
  ['crisis', ['crisis_adjacent']],
  ['should', ['should_statements']],
  ['behind-or-comparing', ['comparing_behind']],
  ['labelling', ['labelling_self_criticism']],
  ['appearance', ['appearance_judgement']],
  ['shame-about-needs', ['shame_about_needs']],
  ['on-my-own', ['aloneness']],
  ['nothing-i-can-do', ['helplessness_narrative']],
  // Tend's "bracing for the worst" is both magnifying what is here and predicting the worst to come.
  ['catastrophising', ['catastrophising', 'fortune_telling']],
  ['mind-reading', ['mind_reading']],
]);

export interface Counts {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface DevPatternScore {
  readonly pattern: NoticingPattern;
  readonly labels: readonly string[];
  readonly positives: number;
  readonly negatives: number;
  readonly engine: Counts;
  readonly floor: Counts;
}

export interface LevelShare {
  readonly level: RiskLevel;
  readonly users: number;
  readonly flagged: number;
}

export interface NoticingDevScore {
  readonly levels: readonly LevelShare[];
  readonly atRiskRecall: number;
  readonly atRiskUsers: number;
  readonly floorAtRiskRecall: number;
  readonly floorSupportiveShare: number;
  readonly patterns: readonly DevPatternScore[];
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

function counts(flags: readonly (readonly [boolean, boolean])[]): Counts {
  const truePositives = flags.filter(([truth, flagged]) => truth && flagged).length;
  const precision = ratio(truePositives, flags.filter(([, flagged]) => flagged).length);
  const recall = ratio(truePositives, flags.filter(([truth]) => truth).length);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

/**
 * A thought counts for a pattern when it carries one of the pattern's labels, or when some label set
 * that could give those labels was annotated for it (then the label's absence means "no").
 */
function scorePattern(
  data: NoticingDevData,
  [pattern, labels]: readonly [NoticingPattern, readonly string[]],
  found: readonly {
    readonly engine: ReadonlySet<NoticingPattern>;
    readonly floor: ReadonlySet<NoticingPattern>;
  }[],
): DevPatternScore {
  const sets = new Set(labels.flatMap((label) => [...(data.setsOfLabel.get(label) ?? [])]));
  const rows = data.thoughts.flatMap((thought, index) => {
    const truth = labels.some((label) => thought.labels.has(label));
    const isAnnotated = truth || [...thought.labelSets].some((set) => sets.has(set));
    const seen = found[index];
    return isAnnotated && seen ? [{ truth, seen }] : [];
  });
  const positives = rows.filter((row) => row.truth).length;
  return {
    pattern,
    labels,
    positives,
    negatives: rows.length - positives,
    engine: counts(rows.map((row) => [row.truth, row.seen.engine.has(pattern)])),
    floor: counts(rows.map((row) => [row.truth, row.seen.floor.has(pattern)])),
  };
}

/**
 * Scores crisis at the level of a person (a user is flagged when any sentence is) and each pattern
 * on the labelled thoughts, for the engine and for the keyword floor side by side.
 */
export function scoreNoticingDev(
  data: NoticingDevData,
  engine: { readonly hasCrisis: (text: string) => boolean; readonly patternsOf: PatternsOf },
  floor: PatternsOf,
): NoticingDevScore {
  const users = data.users.map((user) => ({
    ...user,
    engine: engine.hasCrisis(user.text),
    floor: floor(user.text).has('crisis'),
  }));
  const levels = riskLevels.map((level) => {
    const mine = users.filter((user) => user.level === level);
    return { level, users: mine.length, flagged: mine.filter((user) => user.engine).length };
  });
  const atRisk = users.filter((user) => user.isAtRisk);
  const supportive = users.filter((user) => user.level === 'Supportive');
  const found = data.thoughts.map((thought) => ({
    engine: engine.patternsOf(thought.text),
    floor: floor(thought.text),
  }));
  return {
    levels,
    atRiskUsers: atRisk.length,
    atRiskRecall: ratio(atRisk.filter((user) => user.engine).length, atRisk.length),
    floorAtRiskRecall: ratio(atRisk.filter((user) => user.floor).length, atRisk.length),
    floorSupportiveShare: ratio(supportive.filter((user) => user.floor).length, supportive.length),
    patterns: patternTargets.map((target) => scorePattern(data, target, found)),
  };
}

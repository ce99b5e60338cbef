// Prints the scores on the external development data: only counts and rates, never a row's words.
import {
  noticingDevBars,
  noticingDevFloors,
  shareFlagged,
  unmetCrisisBars,
  unmetPatternBars,
} from '../src/noticing/eval/external/noticing-dev-bars.ts';
import type { Counts, NoticingDevScore } from '../src/noticing/eval/external/score-noticing-dev.ts';

const fixed = (value: number): string => value.toFixed(2);
const percent = (value: number): string => `${Math.round(value * 100)} %`;
const mark = (isMet: boolean): string => (isMet ? 'met' : 'NOT met');

function crisisLines(score: NoticingDevScore): string[] {
  const supportive = shareFlagged(score, 'Supportive');
  return [
    'Crisis at the level of a person (a user is flagged when any sentence is)',
    ...score.levels.map(
      (each) =>
        `  ${each.level.padEnd(11)} ${String(each.flagged).padStart(3)} of ${String(each.users).padStart(3)} flagged (${percent(each.users === 0 ? 0 : each.flagged / each.users)})`,
    ),
    `  recall on at-risk users    ${score.atRiskRecall.toFixed(3)} (${Math.round(score.atRiskRecall * score.atRiskUsers)} of n=${score.atRiskUsers}; bar ≥ ${noticingDevBars.atRiskRecall}: ${mark(score.atRiskRecall >= noticingDevBars.atRiskRecall)})`,
    `  Supportive users flagged   ${percent(supportive)} (bar ≤ ${percent(noticingDevBars.supportiveFlagged)}: ${mark(supportive <= noticingDevBars.supportiveFlagged)})`,
    `  keyword floor              recall ${fixed(score.floorAtRiskRecall)}, Supportive flagged ${percent(score.floorSupportiveShare)}`,
  ];
}

const triple = (counts: Counts): string =>
  `${fixed(counts.precision).padStart(6)}${fixed(counts.recall).padStart(6)}${fixed(counts.f1).padStart(6)}`;

function patternLines(score: NoticingDevScore): string[] {
  return [
    'Patterns on labelled first-person thoughts (engine | keyword floor: precision recall F1)',
    `  ${'pattern'.padEnd(20)}${'n+'.padStart(5)}${'n-'.padStart(5)}   ${'engine P     R    F1'}   ${'floor P     R    F1'}`,
    ...score.patterns.map(
      (each) =>
        `  ${each.pattern.padEnd(20)}${String(each.positives).padStart(5)}${String(each.negatives).padStart(5)}  ${triple(each.engine)}  ${triple(each.floor)}`,
    ),
  ];
}

/** The report lines, and which bars are missed (crisis ones fail the run). */
export function noticingDevReport(score: NoticingDevScore): {
  readonly lines: string[];
  readonly crisisUnmet: string[];
  readonly patternUnmet: string[];
} {
  const crisisUnmet = unmetCrisisBars(score);
  const patternUnmet = unmetPatternBars(score);
  const bars = `should recall ≥ ${noticingDevBars.should.recall} and precision ≥ ${noticingDevBars.should.precision}; ${noticingDevBars.aboveFloor.join(', ')}: F1 above the floor and recall ≥ ${noticingDevBars.aboveFloorRecall}`;
  return {
    lines: [
      ...crisisLines(score),
      '',
      ...patternLines(score),
      `  bars: ${bars}`,
      `  floor held while a bar is out of reach: should precision ≥ ${noticingDevFloors.shouldPrecision}`,
      `  margin held on the crisis bars: at-risk recall ≥ ${noticingDevFloors.atRiskRecall}, Supportive flagged ≤ ${noticingDevFloors.supportiveFlagged * 100} % (checked by the tests)`,
      `  ${patternUnmet.length === 0 ? 'every pattern bar is met' : `not met: ${patternUnmet.join(', ')}`}`,
    ],
    crisisUnmet,
    patternUnmet,
  };
}

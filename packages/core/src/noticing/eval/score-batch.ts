import type { LabelledSentence } from './labelled-sentence.ts';
import type { NoticingPattern } from '../noticing-types.ts';

/** A batch's score in a few counts, small enough to keep in a table and compare across changes. */
export interface BatchScore {
  /** Sentences that got exactly what was expected (one pattern, or nothing). */
  readonly right: number;
  readonly total: number;
  readonly crisisFound: number;
  readonly crisis: number;
  /** Self-judgement sentences whose pattern was among what was noticed. */
  readonly selfTalkFound: number;
  readonly selfTalk: number;
  /** Neutral sentences that got any noticing; of these, how many were called crisis. */
  readonly neutralFlagged: number;
  readonly neutralCrisis: number;
  readonly neutral: number;
}

/** Scores one batch with `patternsOf` (the engine as text in, patterns out). */
export function scoreBatch(
  batch: readonly LabelledSentence[],
  patternsOf: (text: string) => ReadonlySet<NoticingPattern>,
): BatchScore {
  const results = batch.map((item) => ({ ...item, got: patternsOf(item.text) }));
  const isRight = (r: (typeof results)[number]) =>
    r.expected === 'none' ? r.got.size === 0 : r.got.size === 1 && r.got.has(r.expected);
  const of = (test: (r: (typeof results)[number]) => boolean) => results.filter(test);
  const crisis = of((r) => r.expected === 'crisis');
  const selfTalk = of((r) => r.expected !== 'crisis' && r.expected !== 'none');
  const neutral = of((r) => r.expected === 'none');
  return {
    right: of(isRight).length,
    total: results.length,
    crisisFound: crisis.filter((r) => r.got.has('crisis')).length,
    crisis: crisis.length,
    selfTalkFound: selfTalk.filter((r) => r.expected !== 'none' && r.got.has(r.expected)).length,
    selfTalk: selfTalk.length,
    neutralFlagged: neutral.filter((r) => r.got.size > 0).length,
    neutralCrisis: neutral.filter((r) => r.got.has('crisis')).length,
    neutral: neutral.length,
  };
}

/** One line for the eval output and the README table. */
export function describeBatchScore(score: BatchScore): string {
  return (
    `${score.right}/${score.total} right; crisis ${score.crisisFound}/${score.crisis}; ` +
    `self-judgement ${score.selfTalkFound}/${score.selfTalk}; ` +
    `neutral flagged ${score.neutralFlagged}/${score.neutral} (as crisis ${score.neutralCrisis})`
  );
}

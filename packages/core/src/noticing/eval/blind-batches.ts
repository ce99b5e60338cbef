import type { LabelledSentence } from './labelled-sentence.ts';
import { blindBatch20261206 } from './blind-2026-12-06.ts';
import { blindWarningSigns } from './blind-warning-signs.ts';
import { blindBatch20261207 } from './blind-2026-12-07.ts';
import { blindGermanSpanish } from './blind-2026-12-07-de-es.ts';
import { blindLivedExperience } from './blind-2026-12-07-lived.ts';
import { blindToldToOthers } from './blind-2026-12-07-told.ts';
import { blindImplied } from './blind-2026-12-07-implied.ts';
import { blindWorth } from './blind-2026-12-08.ts';
import { blindShouldsAndSelfTalk } from './blind-2026-12-08-shoulds.ts';
import type { BatchScore } from './score-batch.ts';

/**
 * Batches written blind: each was scored once, before any rule saw it, and that first score is kept
 * here (and in eval/README.md) so later changes can be compared with where the engine stood.
 */
export interface BlindBatch {
  readonly name: string;
  readonly date: string;
  readonly sentences: readonly LabelledSentence[];
  /** The first, blind score; undefined only until the batch has been scored once. */
  readonly firstScore: BatchScore | undefined;
}

export const blindBatches: readonly BlindBatch[] = Object.freeze([
  {
    name: 'blind-2026-12-06',
    date: '2026-12-06',
    sentences: blindBatch20261206,
    // Scored once, with the engine as it stood before the rebuild to generalise.
    firstScore: {
      right: 127,
      total: 198,
      crisisFound: 28,
      crisis: 62,
      selfTalkFound: 49,
      selfTalk: 76,
      neutralFlagged: 10,
      neutralCrisis: 10,
      neutral: 60,
    },
  },
  {
    name: 'blind-2026-12-06-warning-signs',
    date: '2026-12-06',
    sentences: blindWarningSigns,
    // Scored once, before the rules for warning signs and for plans against self-judgement.
    firstScore: {
      right: 93,
      total: 147,
      crisisFound: 22,
      crisis: 64,
      selfTalkFound: 22,
      selfTalk: 23,
      neutralFlagged: 11,
      neutralCrisis: 0,
      neutral: 60,
    },
  },
  {
    name: 'blind-2026-12-07',
    date: '2026-12-07',
    sentences: blindBatch20261207,
    // Scored once, before the round of rules on the breadth of crisis language.
    firstScore: {
      right: 144,
      total: 160,
      crisisFound: 41,
      crisis: 50,
      selfTalkFound: 45,
      selfTalk: 50,
      neutralFlagged: 2,
      neutralCrisis: 0,
      neutral: 60,
    },
  },
  {
    name: 'blind-2026-12-07-lived',
    date: '2026-12-07',
    sentences: blindLivedExperience,
    // Scored once, before the round of rules on crisis told as lived experience.
    firstScore: {
      right: 32,
      total: 42,
      crisisFound: 13,
      crisis: 22,
      selfTalkFound: 0,
      selfTalk: 0,
      neutralFlagged: 1,
      neutralCrisis: 1,
      neutral: 20,
    },
  },
  {
    name: 'blind-2026-12-07-de-es',
    date: '2026-12-07',
    sentences: blindGermanSpanish,
    // Scored once, before any rule for German or Spanish (the engine read English only).
    firstScore: {
      right: 41,
      total: 103,
      crisisFound: 0,
      crisis: 62,
      selfTalkFound: 0,
      selfTalk: 0,
      neutralFlagged: 0,
      neutralCrisis: 0,
      neutral: 41,
    },
  },
  {
    name: 'blind-2026-12-07-told',
    date: '2026-12-07',
    sentences: blindToldToOthers,
    // Scored once, with the engine as it stood before the round of rules on crisis told to others and
    // behind a denial (10 sentences that repeated earlier ones were replaced by new ones first).
    firstScore: {
      right: 127,
      total: 152,
      crisisFound: 37,
      crisis: 50,
      selfTalkFound: 43,
      selfTalk: 47,
      neutralFlagged: 5,
      neutralCrisis: 3,
      neutral: 55,
    },
  },
  {
    name: 'blind-2026-12-07-implied',
    date: '2026-12-07',
    sentences: blindImplied,
    // Scored once, with the engine as the told-to-others round left it, before the round on crisis
    // left implied.
    firstScore: {
      right: 130,
      total: 171,
      crisisFound: 32,
      crisis: 61,
      selfTalkFound: 43,
      selfTalk: 50,
      neutralFlagged: 5,
      neutralCrisis: 4,
      neutral: 60,
    },
  },
  {
    name: 'blind-2026-12-08',
    date: '2026-12-08',
    sentences: blindWorth,
    // Scored once, with the engine as the implied round left it, before the round on worth and on
    // crisis that reaches past its sentence (8 sentences that repeated earlier ones in the set were
    // replaced by new ones of the same kind before any rule changed; the first score is with them).
    firstScore: {
      right: 130,
      total: 182,
      crisisFound: 38,
      crisis: 70,
      selfTalkFound: 37,
      selfTalk: 50,
      neutralFlagged: 7,
      neutralCrisis: 1,
      neutral: 62,
    },
  },
  {
    name: 'blind-2026-12-08-shoulds',
    date: '2026-12-08',
    sentences: blindShouldsAndSelfTalk,
    // Scored once, with the engine as the worth round left it, before the round on shoulds that judge
    // and on crisis inside self-talk (21 sentences that repeated earlier ones in the set were replaced
    // by new ones of the same kind before the score).
    firstScore: {
      right: 134,
      total: 174,
      crisisFound: 23,
      crisis: 42,
      selfTalkFound: 57,
      selfTalk: 74,
      neutralFlagged: 4,
      neutralCrisis: 0,
      neutral: 58,
    },
  },
]);

import { blindBatches } from './eval/blind-batches.ts';
import { crisisSentences } from './eval/crisis-sentences.ts';
import { laterSentences } from './eval/later-sentences.ts';
import { neutralSentences } from './eval/neutral-sentences.ts';
import { selfTalkSentences } from './eval/self-talk-sentences.ts';
import { thirdSelfTalkSentences } from './eval/third-self-talk-sentences.ts';
import { thirdSentences } from './eval/third-sentences.ts';
import type { LabelledSentence } from './eval/labelled-sentence.ts';
import { noticingPatterns } from './noticing-types.ts';

function label(texts: readonly string[], expected: LabelledSentence['expected']): LabelledSentence[] {
  return texts.map((text) => ({ text, expected }));
}

/** The labelled set the engine is scored on (see scripts/eval-noticing.ts and eval-set.test.ts). */
export const evalSet: readonly LabelledSentence[] = [
  ...label(crisisSentences, 'crisis'),
  ...noticingPatterns.flatMap((pattern) =>
    pattern === 'crisis' ? [] : label(selfTalkSentences[pattern], pattern),
  ),
  ...label(neutralSentences, 'none'),
  ...laterSentences,
  ...thirdSentences,
  ...thirdSelfTalkSentences,
  ...blindBatches.flatMap((batch) => batch.sentences),
];

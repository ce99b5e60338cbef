import type { NoticingPattern } from '../noticing-types.ts';

/** One journal-style sentence and what the engine should notice in it (`none`: nothing at all). */
export interface LabelledSentence {
  readonly text: string;
  readonly expected: NoticingPattern | 'none';
}

/** Sentences grouped by what is expected in them, as one labelled list in the groups' order. */
export function labelledBy(
  groups: Readonly<Partial<Record<LabelledSentence['expected'], readonly string[]>>>,
): LabelledSentence[] {
  return Object.entries(groups).flatMap(([expected, texts]) =>
    (texts ?? []).map((text) => ({ text, expected: expected as LabelledSentence['expected'] })),
  );
}

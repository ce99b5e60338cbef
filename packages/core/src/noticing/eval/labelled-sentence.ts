import type { NoticingPattern } from '../noticing-types.ts';

/** One journal-style sentence and what the engine should notice in it (`none`: nothing at all). */
export interface LabelledSentence {
  readonly text: string;
  readonly expected: NoticingPattern | 'none';
}

import { hasCrisisLanguage, noticeText } from '../notice-text.ts';
import type { NoticingPattern } from '../noticing-types.ts';

/** The engine as the evaluations see it: text in, the patterns it noticed out. */
export function patternsNoticed(text: string): ReadonlySet<NoticingPattern> {
  return new Set(noticeText(text).map((noticing) => noticing.pattern));
}

export const noticingEngine = Object.freeze({ hasCrisis: hasCrisisLanguage, patternsOf: patternsNoticed });

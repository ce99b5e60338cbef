import type { Pattern } from '@tend/core';

/** "When ___, I usually ___": the pattern in the person's words, with gaps shown gently. */
export function patternSentence(pattern: Pattern): string {
  const { when, usually } = pattern.fields;
  return `When ${when || '…'}, I usually ${usually || '…'}`;
}

import { t } from '@lingui/core/macro';
import type { Pattern } from '@tend/core';

/** "When ___, I usually ___": the pattern in the person's words, with gaps shown gently. */
export function patternSentence(pattern: Pattern): string {
  const when = pattern.fields.when || '…';
  const usually = pattern.fields.usually || '…';
  return t`When ${when}, I usually ${usually}`;
}

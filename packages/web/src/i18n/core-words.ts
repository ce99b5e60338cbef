import { useLingui } from '@lingui/react';
import { i18n } from './activate.ts';

/**
 * A word or sentence from core's word tables (`@tend/core`'s `*-words.ts` and `*-copy.ts`), in the
 * language Tend speaks. Core keeps its tables in English, free of any runtime; the English text is the
 * id its German and Spanish live under (`i18n/core-words/<language>.json`).
 */
export function coreWord(english: string): string {
  return i18n._({ id: english, message: english });
}

/** `coreWord` for a component, which then shows its words again when the language changes. */
export function useCoreWord(): (english: string) => string {
  const { i18n: active } = useLingui();
  return (english) => active._({ id: english, message: english });
}

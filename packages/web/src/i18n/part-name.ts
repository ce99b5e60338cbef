import { type Part, partName } from '@tend/core';
import { useCoreWord } from './core-words.ts';

/**
 * What to call a part, in the language Tend speaks: its name as the person wrote it, or core's gentle
 * stand-in, translated, when a synced copy has none.
 */
export function usePartName(): (part: Part | undefined) => string {
  const word = useCoreWord();
  return (part) => part?.fields.name.trim() || word(partName(undefined));
}

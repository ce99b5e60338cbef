import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { ChangeFear, RelationshipProblem } from '@tend/core';
import { i18n } from '../../i18n/activate.ts';
import { formatWhen } from '../../ui/dates.ts';

export type NamedFear = Exclude<ChangeFear, 'own-words'>;

const problemWords: Partial<Record<RelationshipProblem, MessageDescriptor>> = {
  'name-missing': msg`A name is all that is needed. Would you like to add one?`,
  'name-too-long': msg`The name is longer than 200 characters. Could it be shorter?`,
  'role-words-missing': msg`A role in your own words needs a few words.`,
  'fear-words-missing': msg`A fear in your own words needs a few words.`,
  'role-repeated': msg`That role is already on the list.`,
  'fear-repeated': msg`That fear is already on the list.`,
  'boundary-empty': msg`A boundary needs a few words.`,
  'boundary-too-long': msg`That boundary is quite long. Could it be shorter?`,
  'path-unchanged': msg`This relationship is already on that path.`,
  'path-note-too-long': msg`The note is quite long. Could it be shorter?`,
};

export function describeRelationshipProblems(problems: readonly RelationshipProblem[]): string {
  const words = problems.flatMap((p) => {
    const word = problemWords[p];
    return word ? [i18n._(word)] : [];
  });
  return words.length
    ? words.join(' ')
    : i18n._(msg`Something in this form could not be kept. Please look it over.`);
}

/** A word table from core, each word in the language Tend speaks. */
export function inLanguage<K extends string>(
  table: Readonly<Record<K, string>>,
  word: (english: string) => string,
): Record<K, string> {
  return Object.fromEntries(
    Object.entries<string>(table).map(([key, english]) => [key, word(english)]),
  ) as Record<K, string>;
}

/** "21 November 2026" for a moment. */
export const formatDate = (ms: number): string => formatWhen(ms, 'day');

/**
 * A name from a word table set inside a sentence: lower case in English and Spanish, while German
 * keeps its capitals, since its nouns keep them mid-sentence.
 */
export function inSentence(word: string, locale: string): string {
  return locale === 'de' ? word : word.toLowerCase();
}

import type { ChangeFear, RelationshipProblem } from '@tend/core';
import { formatWhen } from '../../ui/dates.ts';

export type NamedFear = Exclude<ChangeFear, 'own-words'>;

const problemWords: Partial<Record<RelationshipProblem, string>> = {
  'name-missing': 'A name is all that is needed. Would you like to add one?',
  'name-too-long': 'The name is longer than 200 characters. Could it be shorter?',
  'role-words-missing': 'A role in your own words needs a few words.',
  'fear-words-missing': 'A fear in your own words needs a few words.',
  'role-repeated': 'That role is already on the list.',
  'fear-repeated': 'That fear is already on the list.',
  'boundary-empty': 'A boundary needs a few words.',
  'boundary-too-long': 'That boundary is quite long. Could it be shorter?',
  'path-unchanged': 'This relationship is already on that path.',
  'path-note-too-long': 'The note is quite long. Could it be shorter?',
};

export function describeRelationshipProblems(problems: readonly RelationshipProblem[]): string {
  const words = problems.map((p) => problemWords[p]).filter((w): w is string => Boolean(w));
  return words.length ? words.join(' ') : 'Something in this form could not be kept. Please look it over.';
}

/** "21 November 2026" for a moment. */
export const formatDate = (ms: number): string => formatWhen(ms, 'day');

import type {
  ChangeFear,
  PlayedRole,
  RelationshipFeeling,
  RelationshipPath,
  RelationshipProblem,
  RelationshipType,
} from '@tend/core';

export const typeWords: Record<RelationshipType, string> = {
  partner: 'Partner',
  family: 'Family',
  child: 'Child',
  friend: 'Friend',
  'co-parent': 'Co-parent',
  colleague: 'Colleague',
  community: 'Community',
  practitioner: 'Practitioner',
  other: 'Other',
};

export const roleWords: Record<Exclude<PlayedRole, 'own-words'>, string> = {
  appeaser: 'The appeaser',
  'over-functioner': 'The over-functioner',
  caretaker: 'The caretaker',
  peacemaker: 'The peacemaker',
};

export const pathWords: Record<RelationshipPath, string> = {
  evolving: 'Evolving',
  'staying-while-changing-my-boundaries': 'Staying while I change my boundaries',
  'falling-away': 'Falling away',
  ended: 'Ended',
  'not-sure': 'Not sure',
};

export const feelingWords: Record<RelationshipFeeling, string> = {
  nourishing: 'Nourishing lately',
  mixed: 'Mixed lately',
  depleting: 'Depleting lately',
  'not-enough-check-ins': 'Not enough check-ins to say',
};

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
export function formatDate(ms: number): string {
  return new Date(ms).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

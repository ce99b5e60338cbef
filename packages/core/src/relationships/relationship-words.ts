import type { RelationshipFeeling } from './relationship-web.ts';
import type { PlayedRole, RelationshipPath, RelationshipType } from './relationship.ts';

/** The words for a relationship's choices, shown on the screens and in a shared relationship alike. */
export const relationshipTypeWords = {
  partner: 'Partner',
  family: 'Family',
  child: 'Child',
  friend: 'Friend',
  'co-parent': 'Co-parent',
  colleague: 'Colleague',
  community: 'Community',
  practitioner: 'Practitioner',
  other: 'Other',
} as const satisfies Record<RelationshipType, string>;

export const playedRoleWords = {
  appeaser: 'The appeaser',
  'over-functioner': 'The over-functioner',
  caretaker: 'The caretaker',
  peacemaker: 'The peacemaker',
} as const satisfies Record<Exclude<PlayedRole, 'own-words'>, string>;

export const pathWords = {
  evolving: 'Evolving',
  'staying-while-changing-my-boundaries': 'Staying while I change my boundaries',
  'falling-away': 'Falling away',
  ended: 'Ended',
  'not-sure': 'Not sure',
} as const satisfies Record<RelationshipPath, string>;

export const feelingWords = {
  nourishing: 'Nourishing lately',
  mixed: 'Mixed lately',
  depleting: 'Depleting lately',
  'not-enough-check-ins': 'Not enough check-ins to say',
} as const satisfies Record<RelationshipFeeling, string>;

import type { BodyNeed, PauseNeed } from './pause.ts';

/** The words for a pause's needs, shown on the screens and in a shared pause alike. */
export const bodyNeedWords = {
  water: 'Water',
  bathroom: 'The bathroom',
  food: 'Food',
  movement: 'To move',
  rest: 'Rest',
  warmth: 'Warmth',
  quiet: 'Quiet',
} as const satisfies Record<BodyNeed, string>;

export const pauseNeedWords = {
  comfort: 'Comfort',
  rest: 'Rest',
  space: 'Space',
  connection: 'Connection',
  reassurance: 'Reassurance',
  'to-be-heard': 'To be heard',
  safety: 'Safety',
  'to-move': 'To move',
  'to-cry': 'To cry',
} as const satisfies Record<PauseNeed, string>;

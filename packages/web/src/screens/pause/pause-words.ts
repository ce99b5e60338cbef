import type { BodyNeed, PatternResponse, PauseNeed } from '@tend/core';

export const bodyNeedWords: Record<BodyNeed, string> = {
  water: 'Water',
  bathroom: 'The bathroom',
  food: 'Food',
  movement: 'To move',
  rest: 'Rest',
  warmth: 'Warmth',
  quiet: 'Quiet',
};

export const pauseNeedWords: Record<PauseNeed, string> = {
  comfort: 'Comfort',
  rest: 'Rest',
  space: 'Space',
  connection: 'Connection',
  reassurance: 'Reassurance',
  'to-be-heard': 'To be heard',
  safety: 'Safety',
  'to-move': 'To move',
  'to-cry': 'To cry',
};

export const responseWords: Record<PatternResponse, string> = {
  old: 'The old response',
  new: 'The new response I am practising',
  'noticed-afterwards': 'I noticed the old one afterwards',
};

/** "Finish your pause from …": the start said in the person's own day and time. */
export function pauseStartWords(startedAt: number): string {
  return new Date(startedAt).toLocaleString(undefined, {
    weekday: 'long',
    hour: 'numeric',
    minute: '2-digit',
  });
}

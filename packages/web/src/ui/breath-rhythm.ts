import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
/** A calming rhythm: a shorter breath in, a longer breath out (about 4 s and 6 s). */
export interface BreathPhase {
  readonly phase: 'in' | 'out';
  readonly cue: MessageDescriptor;
  readonly ms: number;
}

export const breathRhythm: readonly [BreathPhase, BreathPhase] = [
  { phase: 'in', cue: msg`Breathe in…`, ms: 4000 },
  { phase: 'out', cue: msg`…and out…`, ms: 6000 },
];

export function nextPhase(index: number): number {
  return (index + 1) % breathRhythm.length;
}

/** A calming rhythm: a shorter breath in, a longer breath out (about 4 s and 6 s). */
export interface BreathPhase {
  readonly phase: 'in' | 'out';
  readonly cue: string;
  readonly ms: number;
}

export const breathRhythm: readonly [BreathPhase, BreathPhase] = [
  { phase: 'in', cue: 'Breathe in…', ms: 4000 },
  { phase: 'out', cue: '…and out…', ms: 6000 },
];

export function nextPhase(index: number): number {
  return (index + 1) % breathRhythm.length;
}

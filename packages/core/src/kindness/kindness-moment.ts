import type { VaultObject } from '../vault/vault-object.ts';

export const kindnessKind = 'kindness-moment';

/** Ordinary-day care, each one tap. */
export const kindnessWhats = [
  'drank-water',
  'honoured-bathroom-cue',
  'ate-when-hungry',
  'moved-gently',
  'rested',
  'presence-when-nothing-wrong',
  'own-words',
] as const;
export type KindnessWhat = (typeof kindnessWhats)[number];

export type KindnessFields = {
  /** When it happened (ms since the epoch). */
  readonly at: number;
  readonly what: KindnessWhat;
  /** The person's own wording, for "own-words" (and allowed beside any other). */
  readonly words: string;
};

export type KindnessMoment = VaultObject<KindnessFields>;

/** One tap: only the what. */
export type KindnessDraft = Pick<KindnessFields, 'what'> & Partial<KindnessFields>;

export const kindnessLimits = { words: 500 } as const;

export type KindnessProblem = 'at-invalid' | 'what-unknown' | 'words-missing' | 'words-too-long';

export type KindnessResult =
  { ok: true; moment: KindnessMoment } | { ok: false; problems: KindnessProblem[] };

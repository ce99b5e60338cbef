import type { VaultObject } from '../vault/vault-object.ts';

export const patternKind = 'pattern';

/** "When ___, I usually ___; what I'm practising instead is ___." */
export const patternTextFields = ['when', 'usually', 'practising'] as const;
export type PatternTextField = (typeof patternTextFields)[number];

export type PatternFields = { readonly [K in PatternTextField]: string };

export type Pattern = VaultObject<PatternFields>;

/** Any of the three may stay empty for now, but not all of them. */
export type PatternDraft = Partial<PatternFields>;

export const patternLimits = { text: 2_000 } as const;

export type PatternProblem = 'pattern-empty' | `${PatternTextField}-too-long`;

export type PatternResult = { ok: true; pattern: Pattern } | { ok: false; problems: PatternProblem[] };

import type { VaultObject } from '../vault/vault-object.ts';

export const checkInKind = 'relational-check-in';

/**
 * What a relationship offered this time (DOMAIN.md): mirroring, validation, attunement, reciprocity,
 * safety and respect, room to be myself.
 */
export const checkInQualities = [
  'seen',
  'validated',
  'attunedTo',
  'reciprocity',
  'safeAndRespected',
  'couldBeMyself',
] as const;
export type CheckInQuality = (typeof checkInQualities)[number];

/**
 * One small scale for all six qualities. A yes/no is too coarse for "did I feel seen" (most times are
 * "a little" or "mostly"), and one scale lets a form reuse a single control. Lowest first.
 */
export const feltScale = ['not-at-all', 'a-little', 'mostly', 'fully'] as const;
export type Felt = (typeof feltScale)[number];

/** Did I abandon myself to keep the peace? "not sure" is a real answer, not a gap. */
export const abandonedMyselfAnswers = ['yes', 'no', 'not-sure'] as const;
export type AbandonedMyself = (typeof abandonedMyselfAnswers)[number];

/** Did I hold a boundary? Often none was needed, which is not the same as "no". */
export const heldBoundaryAnswers = ['yes', 'no', 'did-not-need-to'] as const;
export type HeldBoundary = (typeof heldBoundaryAnswers)[number];

/**
 * How I feel afterwards, a whole number from -2 (depleted) through 0 (in between) to +2 (nourished).
 * Positive is nourished so averages read naturally: higher is more nourishing.
 */
export const afterwardsScale = { depleted: -2, nourished: 2 } as const;

export type CheckInAnswers = { readonly [Q in CheckInQuality]: Felt | null } & {
  readonly abandonedMyself: AbandonedMyself | null;
  readonly heldBoundary: HeldBoundary | null;
  readonly afterwards: number | null;
  readonly note: string;
};

export type RelationalCheckInFields = CheckInAnswers & {
  /** The relationship this check-in is about, by record id. */
  readonly relationshipId: string;
  /** When the time together was (ms since the epoch); it may be earlier than when it was written. */
  readonly at: number;
};

export type RelationalCheckIn = VaultObject<RelationalCheckInFields>;

/** Everything but the relationship may be left out; `at` defaults to now. */
export type CheckInDraft = Partial<RelationalCheckInFields> & { readonly relationshipId: string };

export const checkInLimits = { note: 20_000 } as const;

export type CheckInProblem =
  | 'relationship-invalid'
  | 'at-invalid'
  | `${CheckInQuality}-unknown`
  | 'abandoned-myself-unknown'
  | 'held-boundary-unknown'
  | 'afterwards-invalid'
  | 'note-too-long';

export type CheckInResult =
  { ok: true; checkIn: RelationalCheckIn } | { ok: false; problems: CheckInProblem[] };

export const emptyCheckInAnswers: CheckInAnswers = {
  seen: null,
  validated: null,
  attunedTo: null,
  reciprocity: null,
  safeAndRespected: null,
  couldBeMyself: null,
  abandonedMyself: null,
  heldBoundary: null,
  afterwards: null,
  note: '',
};

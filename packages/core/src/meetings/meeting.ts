import type { VaultObject } from '../vault/vault-object.ts';

export const meetingKind = 'meeting';

/** How I related to the part this time; one or more may be true. */
export const stances = [
  'stayed-with-compassion',
  'abandoned',
  'exiled',
  'tried-to-fix',
  'ran-the-show',
] as const;
export type Stance = (typeof stances)[number];

export const presences = ['present', 'in-and-out', 'dissociated'] as const;
export type Presence = (typeof presences)[number];

/** Which response happened, for the patterns feature. */
export const patternResponses = ['old', 'new', 'noticed-afterwards'] as const;
export type PatternResponse = (typeof patternResponses)[number];

export const delayUnits = ['minutes', 'hours', 'days'] as const;
export type DelayUnit = (typeof delayUnits)[number];

/** How long after the moment a projection was recognised. */
export type RecognisedAfter = { readonly amount: number; readonly unit: DelayUnit };

/** Who I was seeing through this part, and how long it took to see it. */
export type Projection = { readonly onWhom: string; readonly recognisedAfter: RecognisedAfter | null };

export const meetingTextFields = ['broughtForward', 'felt', 'needed', 'offered', 'bothTrue'] as const;
export type MeetingTextField = (typeof meetingTextFields)[number];

export type MeetingFields = { readonly [K in MeetingTextField]: string } & {
  /** When the meeting happened (ms since the epoch); it may be earlier than when it was written. */
  readonly when: number;
  /** One or more parts met, by record id. */
  readonly partIds: readonly string[];
  readonly stances: readonly Stance[];
  readonly presence: Presence | null;
  /** 0 to 10, or null when not said. */
  readonly intensityBefore: number | null;
  readonly intensityAfter: number | null;
  readonly projection: Projection | null;
  readonly patternId: string | null;
  readonly response: PatternResponse | null;
};

export type Meeting = VaultObject<MeetingFields>;

/** Every field but the part(s) may be left out; `when` defaults to now. */
export type MeetingDraft = Partial<MeetingFields> & { readonly partIds: readonly string[] };

export const meetingLimits = {
  text: 20_000,
  onWhom: 200,
  parts: 50,
  intensity: { min: 0, max: 10 },
  /** A recognition delay is counted in at most about ten years. */
  delayMinutes: 60 * 24 * 366 * 10,
} as const;

export type MeetingProblem =
  | 'when-invalid'
  | 'parts-missing'
  | 'part-invalid'
  | 'part-repeated'
  | 'too-many-parts'
  | `${MeetingTextField}-too-long`
  | 'stance-unknown'
  | 'stance-repeated'
  | 'presence-unknown'
  | 'intensity-invalid'
  | 'projection-too-long'
  | 'delay-invalid'
  | 'pattern-invalid'
  | 'response-unknown';

export type MeetingResult = { ok: true; meeting: Meeting } | { ok: false; problems: MeetingProblem[] };

const minutesPer: Record<DelayUnit, number> = { minutes: 1, hours: 60, days: 60 * 24 };

/** A recognition delay in minutes, so delays written in different units compare. */
export function delayInMinutes(delay: RecognisedAfter): number {
  return delay.amount * minutesPer[delay.unit];
}

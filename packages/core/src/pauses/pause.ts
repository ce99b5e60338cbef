import type { PatternResponse, RecognisedAfter } from '../meetings/meeting.ts';
import type { VaultObject } from '../vault/vault-object.ts';

export const pauseKind = 'pause';

/** The steps of the Pause flow, in the order they are offered. Any may be skipped. */
export const pauseSteps = ['breathe', 'notice', 'body', 'needs', 'options', 'now', 'afterwards'] as const;
export type PauseStep = (typeof pauseSteps)[number];

export const breathOutcomes = ['done', 'skipped'] as const;
export type BreathOutcome = (typeof breathOutcomes)[number];

/** The guided breath: whether it was taken, and the rhythm in and out, in seconds. */
export type Breath = {
  readonly outcome: BreathOutcome;
  readonly inSeconds: number;
  readonly outSeconds: number;
};

export const bodyNeeds = ['water', 'bathroom', 'food', 'movement', 'rest', 'warmth', 'quiet'] as const;
export type BodyNeed = (typeof bodyNeeds)[number];

/** The needs the product offers for "What do I need right now?"; own words go beside them. */
export const pauseNeeds = [
  'comfort',
  'rest',
  'space',
  'connection',
  'reassurance',
  'to-be-heard',
  'safety',
  'to-move',
  'to-cry',
] as const;
export type PauseNeed = (typeof pauseNeeds)[number];

export const pauseTextFields = ['whatHappened', 'whoElse', 'ownNeeds', 'willDo'] as const;
export type PauseTextField = (typeof pauseTextFields)[number];

export type PauseFields = { readonly [K in PauseTextField]: string } & {
  /** When the pause began (ms since the epoch). */
  readonly startedAt: number;
  /** The steps the person reached, in flow order; leaving at any step keeps what was entered. */
  readonly steps: readonly PauseStep[];
  readonly breath: Breath | null;
  /** 0 to 10 on noticing, or null when not said. */
  readonly intensity: number | null;
  readonly partIds: readonly string[];
  readonly relationshipIds: readonly string[];
  readonly bodyNeeds: readonly BodyNeed[];
  readonly needs: readonly PauseNeed[];
  /** The resources offered as options, by record id. */
  readonly optionsShown: readonly string[];
  /**
   * Which of the options shown helped, by record id, as the person said afterwards. Asked later than
   * the rest, so pauses kept before it was asked have none.
   */
  readonly optionsHelped?: readonly string[];
  /** 0 to 10 afterwards, or null when not said. */
  readonly intensityAfter: number | null;
  readonly response: PatternResponse | null;
  /** How long afterwards the old response was noticed; only with the "noticed-afterwards" response. */
  readonly noticedAfter: RecognisedAfter | null;
  readonly patternId: string | null;
  /** When the person closed the pause; null while it is open, as it may be finished later. */
  readonly finishedAt: number | null;
};

export type Pause = VaultObject<PauseFields>;

/** What a step can change. The start, the steps reached and the finish are the use cases' own. */
export type PauseChanges = Partial<Omit<PauseFields, 'startedAt' | 'steps' | 'finishedAt'>>;

export const pauseLimits = {
  text: 20_000,
  whoElse: 500,
  links: 50,
  intensity: { min: 0, max: 10 },
  breathSeconds: { min: 1, max: 30 },
  /** A noticing delay is counted in at most about ten years. */
  delayMinutes: 60 * 24 * 366 * 10,
} as const;

export type PauseProblem =
  | 'started-invalid'
  | 'finished-invalid'
  | 'step-unknown'
  | 'step-repeated'
  | 'breath-invalid'
  | 'intensity-invalid'
  | `${PauseTextField}-too-long`
  | 'part-invalid'
  | 'relationship-invalid'
  | 'resource-invalid'
  | 'too-many-links'
  | 'body-need-unknown'
  | 'body-need-repeated'
  | 'need-unknown'
  | 'need-repeated'
  | 'response-unknown'
  | 'delay-invalid'
  | 'delay-without-noticing'
  | 'pattern-invalid';

export type PauseResult = { ok: true; pause: Pause } | { ok: false; problems: PauseProblem[] };

/** Which step each field is entered in, so saving a field marks its step as reached. */
export const stepOfField: Record<keyof PauseChanges, PauseStep> = {
  breath: 'breathe',
  intensity: 'notice',
  whatHappened: 'notice',
  partIds: 'notice',
  relationshipIds: 'notice',
  whoElse: 'notice',
  bodyNeeds: 'body',
  needs: 'needs',
  ownNeeds: 'needs',
  optionsShown: 'options',
  willDo: 'now',
  intensityAfter: 'afterwards',
  optionsHelped: 'afterwards',
  response: 'afterwards',
  noticedAfter: 'afterwards',
  patternId: 'afterwards',
};

/** The options the person said helped; none for a pause kept before that was asked. */
export const optionsHelpedOf = (pause: Pause): readonly string[] => pause.fields.optionsHelped ?? [];

/** The steps reached so far plus new ones, without repeats, in flow order. */
export function withSteps(reached: readonly PauseStep[], more: readonly PauseStep[]): PauseStep[] {
  const all = new Set<string>([...reached, ...more]);
  return pauseSteps.filter((step) => all.has(step));
}

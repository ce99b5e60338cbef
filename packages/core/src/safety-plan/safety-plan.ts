import type { VaultObject } from '../vault/vault-object.ts';

export const safetyPlanKind = 'safety-plan';

/** The steps of a safety plan, in the Stanley–Brown order: from noticing it early to making things safer. */
export const safetyPlanSteps = [
  'warningSigns',
  'thingsThatHelp',
  'peopleAndPlaces',
  'peopleToAsk',
  'professionalSupports',
  'crisisLines',
  'saferSurroundings',
] as const;

export type SafetyPlanStep = (typeof safetyPlanSteps)[number];

/** Each step is a short list of the person's own words. */
export type SafetyPlanFields = { readonly [K in SafetyPlanStep]: readonly string[] };

export type SafetyPlan = VaultObject<SafetyPlanFields>;

export type SafetyPlanDraft = Partial<SafetyPlanFields>;

export const safetyPlanLimits = { itemsPerStep: 30, itemLength: 500 } as const;

export type SafetyPlanProblem = `${SafetyPlanStep}-too-many` | `${SafetyPlanStep}-too-long`;

export type SafetyPlanResult = { ok: true; plan: SafetyPlan } | { ok: false; problems: SafetyPlanProblem[] };

export const emptySafetyPlan: SafetyPlanFields = Object.freeze({
  warningSigns: [],
  thingsThatHelp: [],
  peopleAndPlaces: [],
  peopleToAsk: [],
  professionalSupports: [],
  crisisLines: [],
  saferSurroundings: [],
});

/** The heading and a gentle prompt for each step, in the product's words. */
export const safetyPlanCopy: Readonly<Record<SafetyPlanStep, { title: string; prompt: string }>> =
  Object.freeze({
    warningSigns: {
      title: 'Warning signs',
      prompt: 'Thoughts, feelings or moments that tell you things may be getting heavy.',
    },
    thingsThatHelp: {
      title: 'Things that help',
      prompt: 'What you can do on your own to ease things a little, like a walk or music.',
    },
    peopleAndPlaces: {
      title: 'People and places that help',
      prompt: 'People and places that can take your mind somewhere gentler for a while.',
    },
    peopleToAsk: {
      title: 'People I can ask for help',
      prompt: 'People you could reach out to and tell how you are.',
    },
    professionalSupports: {
      title: 'Professional supports',
      prompt: 'A counsellor, doctor or service you could contact, with how to reach them.',
    },
    crisisLines: {
      title: 'Crisis lines I would use',
      prompt: 'Lines you would call or text if things became very hard.',
    },
    saferSurroundings: {
      title: 'Making my surroundings safer',
      prompt: 'Small steps that would make where you are safer for you.',
    },
  });

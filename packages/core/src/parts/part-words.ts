import type { Part, PartLinkKind, PartOrigin, PartRole, PartState, PartTextField } from './part.ts';

/** The words for a part's choices and fields, shown on the screens and in a shared part alike. */
export const originWords = {
  pain: 'Pain',
  neglect: 'Neglect',
  abandonment: 'Abandonment',
  instability: 'Instability',
  shame: 'Shame',
  fear: 'Fear',
  trauma: 'Trauma',
  'unmet-need': 'An unmet need',
  other: 'Something else',
} as const satisfies Record<PartOrigin, string>;

export const partRoleWords = {
  protector: 'Protector',
  manager: 'Manager',
  firefighter: 'Firefighter',
  exile: 'Exile',
  'not-sure': 'Not sure',
} as const satisfies Record<PartRole, string>;

export const partStateWords = {
  active: 'Active',
  quieter: 'Quieter',
  resting: 'Resting',
} as const satisfies Record<PartState, string>;

/** Inside a sentence: "Inner critic protects Little one". */
export const linkWords = {
  protects: 'protects',
  'in-conflict-with': 'is in conflict with',
  'close-to': 'is close to',
} as const satisfies Record<PartLinkKind, string>;

/** As a choice: "Protects". */
export const linkChoiceWords = {
  protects: 'Protects',
  'in-conflict-with': 'In conflict with',
  'close-to': 'Close to',
} as const satisfies Record<PartLinkKind, string>;

export const partFieldWords = {
  description: 'In a few words, who is this part',
  feels: 'What it feels',
  needs: 'What it needs',
  fearsIfStopped: 'What it fears would happen if it stopped',
  protects: 'What it protects',
  bodyPlace: 'Where it lives in my body',
  feltAge: 'How old it feels',
  colourOrSymbol: 'A colour or symbol',
} as const satisfies Record<Exclude<PartTextField, 'name'>, string>;

/** What to call a part in lists: its name, or a gentle stand-in if a synced copy has none. */
export function partName(part: Part | undefined): string {
  return part?.fields.name.trim() || 'A part';
}

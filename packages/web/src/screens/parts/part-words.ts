import type {
  GriefSubject,
  Part,
  PartLinkKind,
  PartOrigin,
  PartProblem,
  PartRole,
  PartState,
  PartTextField,
} from '@tend/core';

/** The words the screens use for the domain's choices, in one place for the tone guard to read. */
export const originWords: Record<PartOrigin, string> = {
  pain: 'Pain',
  neglect: 'Neglect',
  abandonment: 'Abandonment',
  instability: 'Instability',
  shame: 'Shame',
  fear: 'Fear',
  trauma: 'Trauma',
  'unmet-need': 'An unmet need',
  other: 'Something else',
};

export const roleWords: Record<PartRole, string> = {
  protector: 'Protector',
  manager: 'Manager',
  firefighter: 'Firefighter',
  exile: 'Exile',
  'not-sure': 'Not sure',
};

export const stateWords: Record<PartState, string> = {
  active: 'Active',
  quieter: 'Quieter',
  resting: 'Resting',
};

/** "Inner critic protects Little one". */
export const linkWords: Record<PartLinkKind, string> = {
  protects: 'protects',
  'in-conflict-with': 'is in conflict with',
  'close-to': 'is close to',
};

export const linkChoiceWords: Record<PartLinkKind, string> = {
  protects: 'Protects',
  'in-conflict-with': 'In conflict with',
  'close-to': 'Close to',
};

export const griefSubjectWords: Record<GriefSubject, string> = {
  'past-self': 'A past version of me',
  'unlived-timeline': 'A timeline I did not get to live',
  'relationship-that-may-not-evolve': 'A relationship that may not evolve',
  'role-being-put-down': 'A role I am putting down',
  other: 'Something else',
};

export const partFieldWords: Record<Exclude<PartTextField, 'name'>, string> = {
  description: 'In a few words, who is this part',
  feels: 'What it feels',
  needs: 'What it needs',
  fearsIfStopped: 'What it fears would happen if it stopped',
  protects: 'What it protects',
  bodyPlace: 'Where it lives in my body',
  feltAge: 'How old it feels',
  colourOrSymbol: 'A colour or symbol',
};

const problemWords: Partial<Record<PartProblem, string>> = {
  'name-missing': 'A name is all this part needs. Any word that feels right will do.',
  'link-to-self': 'A part cannot be linked to itself.',
  'link-repeated': 'These two parts already have that link.',
  'too-many-links': 'This part holds as many links as it can.',
};

export function describePartProblems(problems: readonly PartProblem[]): string {
  const words = problems.map(
    (p) => problemWords[p] ?? 'Some of these words are longer than a part can hold.',
  );
  return [...new Set(words)].join(' ');
}

/** What to call a part in lists: its name, or a gentle stand-in if a synced copy has none. */
export function partName(part: Part | undefined): string {
  return part?.fields.name.trim() || 'A part';
}

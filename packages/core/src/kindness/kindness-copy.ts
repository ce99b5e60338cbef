import type { KindnessWhat } from './kindness-moment.ts';

/**
 * Every phrase shown about kindness moments, in one place so the tone guard reads them all.
 * docs/CARE.md: counts are gentle facts; no chains of days, no days counted as lost, no week set against another.
 */
export const kindnessCopy = {
  what: {
    'drank-water': 'Drank water',
    'honoured-bathroom-cue': 'Honoured a bathroom cue',
    'ate-when-hungry': 'Ate when hungry',
    'moved-gently': 'Moved gently',
    rested: 'Rested',
    'presence-when-nothing-wrong': 'A moment of presence when nothing was wrong',
    'own-words': 'A kindness in your own words',
  } satisfies Record<KindnessWhat, string>,
  none: 'Kindness moments you note this week will gather here, as small as a glass of water.',
  one: '1 kindness moment this week.',
  many: (n: number): string => `${n} kindness moments this week.`,
} as const;

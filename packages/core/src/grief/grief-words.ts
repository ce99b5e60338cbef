import type { GriefSubject } from './grief.ts';

/** What is grieved, in the words the screens and a shared grief both use. */
export const griefSubjectWords = {
  'past-self': 'A past version of me',
  'unlived-timeline': 'A timeline I did not get to live',
  'relationship-that-may-not-evolve': 'A relationship that may not evolve',
  'role-being-put-down': 'A role I am putting down',
  other: 'Something else',
} as const satisfies Record<GriefSubject, string>;

import type { KindnessWhat } from '@tend/core';
import type { ReactNode } from 'react';

/** A small line picture for each one-tap kindness, in the navigation's style; the words always beside it. */
export const kindnessIcons = {
  'drank-water': <path d="M12 3s6 6.5 6 11a6 6 0 0 1-12 0c0-4.5 6-11 6-11z" />,
  'honoured-bathroom-cue': <path d="M6 21V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v17M4 21h16M14.5 12h.01" />,
  'ate-when-hungry': <path d="M4 11h16a8 8 0 0 1-16 0zM9 7c0-1.5 1-2 1-3M13 7c0-1.5 1-2 1-3" />,
  'moved-gently': <path d="M3 14c2.5-3 4.5-3 7 0s4.5 3 7 0 3-2 4-1M3 19c2.5-3 4.5-3 7 0s4.5 3 7 0" />,
  rested: <path d="M20 14.5A8 8 0 1 1 9.5 4 6.5 6.5 0 0 0 20 14.5z" />,
  'presence-when-nothing-wrong': (
    <path d="M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8zM12 2v2M12 20v2M2 12h2M20 12h2M5 5l1.5 1.5M17.5 17.5 19 19M5 19l1.5-1.5M17.5 6.5 19 5" />
  ),
} as const satisfies Record<Exclude<KindnessWhat, 'own-words'>, ReactNode>;

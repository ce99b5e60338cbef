import type { ShareMode, ShareableKind } from './practice.ts';

/** "Share from now on": each kind in plain words. */
export const goingForwardWords = {
  meeting: 'Meetings with my parts',
  pause: 'Pauses',
  grief: 'Griefs',
  'relational-check-in': 'Check-ins after time with someone',
  'journal-entry': 'Journal entries',
  part: 'A summary of each part',
  relationship: 'A summary of each person in my life',
} as const satisfies Record<ShareableKind, string>;

export const modeWords = {
  snapshot: 'As it was then',
  live: 'Kept updated',
} as const satisfies Record<ShareMode, string>;

import type { SearchKind } from './search-index.ts';

/** The names of the kinds a search finds, as its groups are headed. */
export const searchKindWords = {
  part: 'Parts',
  meeting: 'Meetings',
  grief: 'Griefs',
  pause: 'Pauses',
  pattern: 'Patterns',
  relationship: 'People',
  'check-in': 'Check-ins',
  resource: 'Resources',
  journal: 'Journal',
  kindness: 'Kindness moments',
} as const satisfies Record<SearchKind, string>;

/** How a found item is titled when the person gave it no title of their own. */
export const searchTitleWords = {
  meeting: (names: string): string => `A meeting with ${names}`,
  checkIn: (name: string): string => `Check-in with ${name}`,
  pause: 'A pause',
  untitledEntry: 'Untitled entry',
  someone: 'someone',
  aPart: 'a part',
  pattern: (when: string, usually: string): string => `When ${when || '…'}, I usually ${usually || '…'}`,
} as const;

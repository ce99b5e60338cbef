import type { SearchKind } from './search-kinds.ts';

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

/** "Show all 60 check-ins": each kind counted, for the way to see past the newest of a group. */
export const searchShowAllWords = (kind: SearchKind, total: number): string =>
  `Show all ${total.toLocaleString('en-GB')} ${
    {
      part: 'parts',
      meeting: 'meetings',
      grief: 'griefs',
      pause: 'pauses',
      pattern: 'patterns',
      relationship: 'people',
      'check-in': 'check-ins',
      resource: 'resources',
      journal: 'journal entries',
      kindness: 'kindness moments',
    }[kind]
  }`;

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

/**
 * How found items are titled, in the language the person reads: `searchTitleWords` for its words,
 * and `word` for a word of one of core's tables (a grief's subject, a kindness moment's kind).
 */
export type SearchTitles = {
  readonly meeting: (names: string) => string;
  readonly checkIn: (name: string) => string;
  readonly pause: string;
  readonly untitledEntry: string;
  readonly someone: string;
  readonly aPart: string;
  readonly pattern: (when: string, usually: string) => string;
  readonly word: (english: string) => string;
};

/** The titles in English, as core writes them. */
export const englishSearchTitles: SearchTitles = { ...searchTitleWords, word: (english) => english };

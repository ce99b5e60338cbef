import type { KindnessWhat } from '../kindness/kindness-moment.ts';

/** Where a file came from; each app's file has its own reader. */
export type BringInSource = 'daylio' | 'day-one' | 'text';

/** One entry read from another app's file, before it becomes a journal entry. */
export interface FoundEntry {
  /** Stable across readings of the same file, so a second import adds nothing. */
  readonly key: string;
  /** YYYY-MM-DD, the day the entry is about. */
  readonly date: string;
  /** When it was written, as best the file says (ms); orders entries and dates the import. */
  readonly at: number;
  readonly title: string;
  readonly body: string;
}

/** An activity from Daylio that may be a kindness moment, once the person maps it. */
export interface FoundActivity {
  readonly key: string;
  readonly at: number;
  readonly activity: string;
}

/** Something in the file that could not be read, said so the person can find it. */
export interface UnreadPart {
  /** "row 14", "entry 3", "notes.md". */
  readonly where: string;
  readonly why: 'no-date' | 'empty' | 'too-long' | 'not-an-entry';
}

export interface BringInReading {
  readonly source: BringInSource;
  readonly entries: readonly FoundEntry[];
  readonly activities: readonly FoundActivity[];
  readonly unread: readonly UnreadPart[];
  /** Things left out on purpose, such as photos, with how many. */
  readonly leftOut: { readonly photos: number };
}

/** The person's choice for each activity name: a kind of kindness moment, or nothing. */
export type ActivityMapping = Readonly<Record<string, KindnessWhat | null>>;

/** Files larger than this are refused before reading: far beyond any journal, and a phone's memory. */
export const bringInMaxBytes = 50 * 1024 * 1024;

/** At most this many unread parts are listed one by one; the rest are counted. */
export const unreadListed = 5;

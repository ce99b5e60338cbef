import type { MonthKey } from '../parts/story-month.ts';

/** A month of a pattern's story: what the story counts and its summary reads. */
export type PatternMonth = {
  readonly month: MonthKey;
  readonly moments: number;
  readonly old: number;
  readonly new: number;
  readonly noticedAfterwards: number;
  /** Tagged moments where no response was said. */
  readonly unsaid: number;
  /** The median time to notice the old response this month, in minutes, or null when none was noted. */
  readonly noticedMinutes: number | null;
};

import type { Presence, Stance } from '../meetings/meeting.ts';

/*
 * A month of a part's story: what the story counts and its summary reads, so both import it from here.
 */

/** A calendar month, "YYYY-MM". */
export type MonthKey = string;

export type PresenceCount = Record<Presence | 'not-noted', number>;

export type StoryMonth = {
  readonly month: MonthKey;
  readonly meetings: number;
  /** How often each stance was noted; a meeting may note several. */
  readonly stances: Record<Stance, number>;
  /** Meetings by presence; those where presence was not noted count as "not-noted". */
  readonly presence: PresenceCount;
  /** The median time to recognise a projection this month, in minutes, or null when none was noted. */
  readonly projectionMinutes: number | null;
};

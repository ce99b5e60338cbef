import type { MonthKey } from '../parts/story-month.ts';

/** A month of a relationship's check-ins: what the story counts and its summary reads. */
export type CheckInMonth = {
  readonly month: MonthKey;
  readonly checkIns: number;
  /** Check-ins this month where "afterwards" was noted. */
  readonly afterwardsNoted: number;
  /** The average of "afterwards" (-2 depleted … +2 nourished), or null when none was noted. */
  readonly afterwardsAverage: number | null;
  readonly nourished: number;
  readonly depleted: number;
  /** Times I noticed abandoning myself to keep the peace. */
  readonly abandonedMyself: number;
  /** Times I held a boundary. */
  readonly heldBoundary: number;
};

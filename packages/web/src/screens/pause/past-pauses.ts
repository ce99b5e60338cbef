import type { Pause } from '@tend/core';

/**
 * The past pauses a page shows: the newest `count`, and any pause left open however old it is, so
 * one waiting to be finished is never behind "Show earlier pauses".
 */
export function pausesShown(newestFirst: readonly Pause[], count: number): Pause[] {
  return newestFirst.filter((pause, i) => i < count || pause.fields.finishedAt === null);
}

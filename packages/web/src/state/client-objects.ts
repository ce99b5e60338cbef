import type { SessionList, SharedItem } from '@tend/core';

/** Shared now: an unshared item stays in the vault only as a marker (see unshareItem in core). */
export const isStillShared = (item: SharedItem): boolean => item.fields.unsharedAt === null;

/** Newest shared first, so what was just shared is at the top of the list. */
export const byNewestShared = (a: SharedItem, b: SharedItem): number =>
  b.fields.sharedAt - a.fields.sharedAt || (a.id < b.id ? -1 : 1);

/** A connection's session list: the earliest, when two devices each began one. */
export function sessionListFor(lists: readonly SessionList[], connectionId: string): SessionList | null {
  return (
    lists
      .filter((l) => l.fields.connectionId === connectionId)
      .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))[0] ?? null
  );
}

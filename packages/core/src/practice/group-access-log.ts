/** One fetch of shared material as the client's device read it from the verified log. */
export interface AccessEntry {
  readonly seq: number;
  readonly at: number;
  readonly itemIds: readonly string[];
}

/** Fetches close together in time, read as one sitting: what a person means by "they looked at it". */
export interface ViewingSession {
  /** The first and last fetch (ms). */
  readonly from: number;
  readonly to: number;
  /** Every record opened in the session, once each, in the order first opened. */
  readonly itemIds: readonly string[];
  /** The log's own entries, oldest first: every one stays there to be looked at and checked. */
  readonly entries: readonly AccessEntry[];
}

/**
 * A pause longer than this between two fetches starts a new viewing session. A practitioner's page
 * fetches again after each thing they write and whenever the client shares something new, so one
 * sitting is several fetches a minute or so apart; a quarter of an hour apart is another sitting.
 */
export const viewingGapMs = 15 * 60 * 1000;

/**
 * Groups the access log into viewing sessions, newest first. Pure presentation: nothing is dropped
 * or merged away, each session keeps its entries (so the details still show, and verify, every fetch).
 */
export function groupAccessLog(
  entries: readonly AccessEntry[],
  gapMs: number = viewingGapMs,
): ViewingSession[] {
  const oldestFirst = [...entries].sort((a, b) => a.at - b.at || a.seq - b.seq);
  const groups: AccessEntry[][] = [];
  for (const entry of oldestFirst) {
    const current = groups.at(-1);
    const last = current?.at(-1);
    if (current && last && entry.at - last.at <= gapMs) current.push(entry);
    else groups.push([entry]);
  }
  return groups.map(sessionOf).reverse();
}

function sessionOf(entries: readonly AccessEntry[]): ViewingSession {
  const itemIds = [...new Set(entries.flatMap((e) => e.itemIds))];
  const from = entries[0]?.at ?? 0;
  const to = entries.at(-1)?.at ?? from;
  return { from, to, itemIds, entries };
}

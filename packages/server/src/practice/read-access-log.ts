import { maxAccessLogPage, type AccessLogResponse } from '@tend/contract';
import type { PracticeDeps } from './practice-deps.ts';

/** A page of the caller's own access log (as a client), entries with seq > after, in seq order. */
export async function readAccessLog(
  deps: Pick<PracticeDeps, 'store'>,
  ownerId: string,
  after: number,
): Promise<AccessLogResponse> {
  // One extra row tells whether another page follows.
  const rows = await deps.store.accessLog.listAfter(ownerId, after, maxAccessLogPage + 1);
  return { entries: rows.slice(0, maxAccessLogPage), hasMore: rows.length > maxAccessLogPage };
}

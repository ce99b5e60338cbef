import { maxAccessLogPage, maxPageBytes, type AccessLogResponse } from '@tend/contract';
import type { PracticeDeps } from './practice-deps.ts';

/**
 * A page of the caller's own access log (as a client), entries with seq > after, in seq order: at
 * most 500 entries and one page of bytes of record ids.
 */
export async function readAccessLog(
  deps: Pick<PracticeDeps, 'store'>,
  ownerId: string,
  after: number,
): Promise<AccessLogResponse> {
  return deps.store.accessLog.listPage(ownerId, after, maxAccessLogPage, maxPageBytes);
}

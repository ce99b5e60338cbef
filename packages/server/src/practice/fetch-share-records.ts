import { maxPageBytes, maxPullPage } from '@tend/contract';
import type { Repositories } from '../db/store.ts';
import { bytesOf, readAsJson, type StreamedPage } from '../paging/streamed-page.ts';
import { nextAccessLogEntry } from './access-log-entry.ts';
import type { PracticeDeps } from './practice-deps.ts';
import { shareNotFound } from './practice-errors.ts';
import { sharedRecordJson } from './present-practice.ts';
import type { PlannedSharePage } from './shared-record-repository.ts';
import type { StoredShare } from './share-repository.ts';

/**
 * A page of the share's records after `after`, in seq order, for either side of it: at most one page
 * of bytes, cut from sizes and then read a span at a time as it is sent, so a full share costs
 * several requests, never much memory. When the practitioner fetches, one transaction appends an
 * entry to the client's access log naming the records of the page (an empty share is logged too) and,
 * on the last page, marks what they have now seen; the client reading their own share is not an
 * access. A record the client changes while the page is sent comes in a later page instead.
 */
export async function fetchShareRecords(
  deps: PracticeDeps,
  accountId: string,
  shareId: string,
  after = 0,
): Promise<StreamedPage> {
  const at = deps.clock.now();
  const { share, page } = await deps.store.transact(async (repositories) => {
    const found = await repositories.shares.findFor(shareId, accountId);
    if (!found) throw shareNotFound();
    if (found.clientId === accountId) {
      return {
        share: found,
        page: await repositories.sharedRecords.planPage(found, after, maxPullPage, maxPageBytes),
      };
    }
    return { share: found, page: await planAsPractitioner(repositories, found, after, at) };
  });
  const read = (span: Parameters<typeof deps.store.sharedRecords.readSpan>[1]) =>
    deps.store.sharedRecords.readSpan(share, span);
  return {
    cursor: page.cursor,
    hasMore: page.hasMore,
    bytes: bytesOf(page.rows),
    records: readAsJson(page.rows, after, read, sharedRecordJson),
  };
}

async function planAsPractitioner(
  { accounts, shares, sharedRecords, accessLog }: Repositories,
  found: StoredShare,
  after: number,
  at: number,
): Promise<PlannedSharePage> {
  // Locks the share row, so the page planned next is the one client_seq counts.
  const share = await shares.lockFor(found.id, found.practitionerId);
  if (!share) throw shareNotFound();
  const page = await sharedRecords.planPage(share, after, maxPullPage, maxPageBytes);
  if (!page.hasMore) await shares.markSeen(share.id, share.practitionerId);
  // The client's account row serialises appends to their log across all of their shares.
  await accounts.lockSequence(share.clientId);
  const head = await accessLog.head(share.clientId);
  const entry = nextAccessLogEntry(head, {
    shareId: share.id,
    practitionerId: share.practitionerId,
    at,
    recordIds: page.rows.map((row) => row.id),
  });
  await accessLog.append(share.clientId, entry);
  return page;
}

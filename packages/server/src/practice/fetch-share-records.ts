import { maxPageBytes, maxPullPage, type ShareRecordsResponse } from '@tend/contract';
import type { Repositories } from '../db/store.ts';
import type { PracticeDeps } from './practice-deps.ts';
import { shareNotFound } from './practice-errors.ts';
import { nextAccessLogEntry } from './access-log-entry.ts';
import { presentSharedRecord } from './present-practice.ts';
import type { SharedRecordPage } from './shared-record-repository.ts';
import type { StoredShare } from './share-repository.ts';

const present = (page: SharedRecordPage): ShareRecordsResponse => ({
  records: page.records.map(presentSharedRecord),
  cursor: page.cursor,
  hasMore: page.hasMore,
});

/**
 * A page of the share's records after `after`, in seq order, for either side of it: at most one page
 * of bytes, so a full share costs several requests, never much memory. When the practitioner fetches,
 * the same transaction appends an entry to the client's access log for the records of the page (an
 * empty share is logged too), and the last page marks what they have now seen; the client reading
 * their own share is not an access.
 */
export async function fetchShareRecords(
  deps: PracticeDeps,
  accountId: string,
  shareId: string,
  after = 0,
): Promise<ShareRecordsResponse> {
  const at = deps.clock.now();
  return deps.store.transact(async (repositories) => {
    const share = await repositories.shares.findFor(shareId, accountId);
    if (!share) throw shareNotFound();
    if (share.clientId === accountId) {
      return present(await repositories.sharedRecords.listPage(share, after, maxPullPage, maxPageBytes));
    }
    return fetchAsPractitioner(repositories, share, after, at);
  });
}

async function fetchAsPractitioner(
  { accounts, shares, sharedRecords, accessLog }: Repositories,
  found: StoredShare,
  after: number,
  at: number,
): Promise<ShareRecordsResponse> {
  // Locks the share row, so the records read next are the ones client_seq counts.
  const share = await shares.lockFor(found.id, found.practitionerId);
  if (!share) throw shareNotFound();
  const page = await sharedRecords.listPage(share, after, maxPullPage, maxPageBytes);
  if (!page.hasMore) await shares.markSeen(share.id, share.practitionerId);
  // The client's account row serialises appends to their log across all of their shares.
  await accounts.lockSequence(share.clientId);
  const head = await accessLog.head(share.clientId);
  const entry = nextAccessLogEntry(head, {
    shareId: share.id,
    practitionerId: share.practitionerId,
    at,
    recordIds: page.records.map((record) => record.id),
  });
  await accessLog.append(share.clientId, entry);
  return present(page);
}

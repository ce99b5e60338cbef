import type { ShareRecordsResponse } from '@tend/contract';
import type { Repositories } from '../db/store.ts';
import type { PracticeDeps } from './practice-deps.ts';
import { shareNotFound } from './practice-errors.ts';
import { nextAccessLogEntry } from './access-log-entry.ts';
import { presentSharedRecord } from './present-practice.ts';

/**
 * Every record of the share, in seq order, for either side of it. When the practitioner fetches, the
 * same transaction appends an entry to the client's access log (even for an empty share) and marks
 * what they have now seen; the client reading their own share is not an access.
 */
export async function fetchShareRecords(
  deps: PracticeDeps,
  accountId: string,
  shareId: string,
): Promise<ShareRecordsResponse> {
  const at = deps.clock.now();
  return deps.store.transact(async (repositories) => {
    const share = await repositories.shares.find(shareId);
    if (!share || (share.clientId !== accountId && share.practitionerId !== accountId)) throw shareNotFound();
    if (share.clientId === accountId) {
      const records = await repositories.sharedRecords.list(shareId);
      return { records: records.map(presentSharedRecord) };
    }
    return fetchAsPractitioner(repositories, accountId, shareId, at);
  });
}

async function fetchAsPractitioner(
  { accounts, shares, sharedRecords, accessLog }: Repositories,
  practitionerId: string,
  shareId: string,
  at: number,
): Promise<ShareRecordsResponse> {
  // Locks the share row, so the records read next are the ones client_seq counts.
  const share = await shares.markSeen(shareId, practitionerId);
  if (!share) throw shareNotFound();
  const records = await sharedRecords.list(shareId);
  // The client's account row serialises appends to their log across all of their shares.
  await accounts.lockSequence(share.clientId);
  const head = await accessLog.head(share.clientId);
  const entry = nextAccessLogEntry(head, {
    shareId,
    practitionerId,
    at,
    recordIds: records.map((record) => record.id),
  });
  await accessLog.append(share.clientId, entry);
  return { records: records.map(presentSharedRecord) };
}

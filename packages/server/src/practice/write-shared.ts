import {
  maxPageBytes,
  maxSharedRecordsPerShare,
  type SharedChange,
  type SharedWriteResult,
} from '@tend/contract';
import { decodeBytes } from '../encoding.ts';
import { shareFull } from '../quota-errors.ts';
import {
  knownSharedRecords,
  planSharedWrites,
  sharedBodiesToRead,
  type IncomingSharedChange,
} from './plan-shared-writes.ts';
import type { PracticeDeps } from './practice-deps.ts';
import { shareNotFound } from './practice-errors.ts';

function decode(change: SharedChange): IncomingSharedChange {
  return {
    id: change.id,
    baseVersion: change.baseVersion,
    ciphertext: 'ciphertext' in change ? decodeBytes(change.ciphertext) : null,
  };
}

/**
 * Writes or removes records of a share as the caller's side (the author), atomically. The share's row
 * is locked first, so two batches for one share never interleave; what the share holds is counted in
 * the same transaction, and a batch that would take it past its quota (bytes or records) is refused
 * whole. Each accepted write or removal takes the share's next seq; the side's own counter follows,
 * so the other side sees something new.
 */
export async function writeShared(
  deps: PracticeDeps,
  accountId: string,
  request: { readonly shareId: string; readonly changes: readonly SharedChange[] },
): Promise<SharedWriteResult[]> {
  const incoming = request.changes.map(decode);
  const now = deps.clock.now();
  return deps.store.transact(async ({ shares, sharedRecords }) => {
    const share = await shares.lockFor(request.shareId, accountId);
    if (!share) throw shareNotFound();
    const author = share.clientId === accountId ? 'client' : 'practitioner';
    const ids = incoming.map((change) => change.id);
    const heads = await sharedRecords.findHeads(share, ids);
    const toRead = sharedBodiesToRead(heads, incoming, author, maxPageBytes);
    const held = knownSharedRecords(heads, await sharedRecords.readBodies(share, toRead));
    const totals = await sharedRecords.totals(share);
    const plan = planSharedWrites(held, totals, incoming, author, share.seq, now);
    const grows = plan.totals.bytes > totals.bytes || plan.totals.count > totals.count;
    const over = plan.totals.count > maxSharedRecordsPerShare || plan.totals.bytes > deps.quotas.shareBytes;
    if (grows && over) throw shareFull();
    await sharedRecords.removeMany(share, plan.removals);
    await sharedRecords.writeMany(share, plan.writes);
    if (plan.lastSeq !== share.seq) await shares.setSequences(share, plan.lastSeq, author);
    return plan.results;
  });
}

import { maxSharedRecordsPerShare, type SharedChange, type SharedWriteResult } from '@tend/contract';
import { decodeBytes } from '../encoding.ts';
import { AppError } from '../errors.ts';
import { planSharedWrites, type IncomingSharedChange } from './plan-shared-writes.ts';
import type { PracticeDeps } from './practice-deps.ts';
import { shareNotFound } from './practice-errors.ts';

/**
 * The most bytes of ciphertext one share may hold. The whole share is fetched at once, so this bounds
 * the memory of one fetch (the contract bounds the number of records and the size of each).
 */
export const maxShareBytes = 64 * 1024 * 1024;

function decode(change: SharedChange): IncomingSharedChange {
  return {
    id: change.id,
    baseVersion: change.baseVersion,
    ciphertext: 'ciphertext' in change ? decodeBytes(change.ciphertext) : null,
  };
}

/**
 * Writes or removes records of a share as the caller's side (the author), atomically. The share's row
 * is locked first, so two batches for one share never interleave. Each accepted write or removal
 * takes the share's next seq; the side's own counter follows, so the other side sees something new.
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
    const held = await sharedRecords.findMany(
      share.id,
      incoming.map((change) => change.id),
    );
    const totals = await sharedRecords.totals(share.id);
    const plan = planSharedWrites(held, totals, incoming, author, share.seq, now);
    if (plan.totals.count > maxSharedRecordsPerShare) {
      throw new AppError('payload_too_large', `A share holds at most ${maxSharedRecordsPerShare} records.`);
    }
    if (plan.totals.bytes > maxShareBytes) {
      throw new AppError('payload_too_large', 'This share is full.');
    }
    await sharedRecords.removeMany(share.id, plan.removals);
    await sharedRecords.writeMany(share.id, share.clientId, plan.writes);
    if (plan.lastSeq !== share.seq) await shares.setSequences(share.id, plan.lastSeq, author);
    return plan.results;
  });
}

import type { PracticeDeps } from './practice-deps.ts';
import { shareNotFound } from './practice-errors.ts';

/**
 * Either side ends the connection: the share (with its sealed key) and every record in it leave the
 * server in one transaction. The client's access log stays.
 */
export async function endShare(
  deps: Pick<PracticeDeps, 'store'>,
  accountId: string,
  shareId: string,
): Promise<void> {
  await deps.store.transact(async ({ shares, sharedRecords }) => {
    const share = await shares.lockFor(shareId, accountId);
    if (!share) throw shareNotFound();
    await sharedRecords.removeAllOf(share);
    await shares.remove(share);
  });
}

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
    if (!(await shares.lockFor(shareId, accountId))) throw shareNotFound();
    await sharedRecords.removeAllOf(shareId);
    await shares.remove(shareId);
  });
}

import { accountBucketKeys } from '../rate-limit/buckets.ts';
import type { AccountDeps } from './account-deps.ts';
import { reauthenticate } from './reauthenticate.ts';

/**
 * Re-checks the auth secret, then removes every row the account owns in one transaction (all gone,
 * or nothing): records, sessions, its rate-limit buckets, its invitations, every share it is on
 * (either side) with the share's records, its own access log, and the account.
 */
export async function deleteAccount(deps: AccountDeps, accountId: string, authSecret: string): Promise<void> {
  const account = await reauthenticate(deps, accountId, authSecret);
  await deps.store.transact(async (r) => {
    const { accounts, sessions, records, rateLimits, invitations, shares, sharedRecords, accessLog } = r;
    await records.removeAllFor(account.id);
    await sessions.removeAllFor(account.id);
    await rateLimits.removeKeys(accountBucketKeys(deps.keys, account));
    await invitations.removeAllFor(account.id);
    await sharedRecords.removeAllFor(account.id);
    await shares.removeAllFor(account.id);
    await accessLog.removeAllFor(account.id);
    await accounts.remove(account.id);
  });
}

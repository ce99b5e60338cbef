import { decodeBytes } from '../encoding.ts';
import { unauthorized } from '../errors.ts';
import { accountBucketKeys, reauthChecks } from '../rate-limit/buckets.ts';
import { enforceRateLimits } from '../rate-limit/rate-limits.ts';
import type { AccountDeps } from './account-deps.ts';

/**
 * Re-checks the auth secret, then removes every row the account owns (records, sessions, its
 * rate-limit buckets, the account) in one transaction: all gone, or nothing.
 */
export async function deleteAccount(deps: AccountDeps, accountId: string, authSecret: string): Promise<void> {
  await enforceRateLimits(
    { rateLimits: deps.store.rateLimits, clock: deps.clock },
    reauthChecks(deps, accountId),
  );
  const account = await deps.store.accounts.findById(accountId);
  if (!account) throw unauthorized();
  if (!(await deps.hasher.verify(account.authHash, decodeBytes(authSecret)))) throw unauthorized();
  await deps.store.transact(async ({ accounts, sessions, records, rateLimits }) => {
    await records.removeAllFor(account.id);
    await sessions.removeAllFor(account.id);
    await rateLimits.removeKeys(accountBucketKeys(deps.keys, account));
    await accounts.remove(account.id);
  });
}

import { decodeBytes } from '../encoding.ts';
import { unauthorized } from '../errors.ts';
import { reauthChecks } from '../rate-limit/buckets.ts';
import { enforceRateLimits } from '../rate-limit/rate-limits.ts';
import type { AccountDeps } from './account-deps.ts';
import type { StoredAccount } from './account-repository.ts';

/**
 * Asks for the passphrase again before a change that matters (passphrase, deletion, sharing): counted
 * against the account's re-authentication limit before any hashing; a wrong secret is 401.
 */
export async function reauthenticate(
  deps: AccountDeps,
  accountId: string,
  authSecret: string,
): Promise<StoredAccount> {
  await enforceRateLimits(
    { rateLimits: deps.store.rateLimits, clock: deps.clock },
    reauthChecks(deps, accountId),
  );
  const account = await deps.store.accounts.findById(accountId);
  if (!account) throw unauthorized();
  if (!(await deps.hasher.verify(account.authHash, decodeBytes(authSecret)))) throw unauthorized();
  return account;
}

import { decodeBytes } from '../encoding.ts';
import { unauthorized } from '../errors.ts';
import { reauthChecks } from '../rate-limit/buckets.ts';
import { enforceRateLimits } from '../rate-limit/rate-limits.ts';
import type { AccountDeps, SignedIn } from './account-deps.ts';
import type { StoredAccount } from './account-repository.ts';
import { replaceCredentials, type NewPassphrase } from './replace-credentials.ts';

export interface ChangePassphraseRequest extends NewPassphrase {
  readonly currentAuthSecret: string;
}

/** Re-checks the current auth secret, then stores the new one; every other session ends. */
export async function changePassphrase(
  deps: AccountDeps,
  accountId: string,
  request: ChangePassphraseRequest,
): Promise<SignedIn<StoredAccount>> {
  await enforceRateLimits(
    { rateLimits: deps.store.rateLimits, clock: deps.clock },
    reauthChecks(deps, accountId),
  );
  const account = await deps.store.accounts.findById(accountId);
  if (!account) throw unauthorized();
  if (!(await deps.hasher.verify(account.authHash, decodeBytes(request.currentAuthSecret))))
    throw unauthorized();
  return replaceCredentials(deps, account, request);
}

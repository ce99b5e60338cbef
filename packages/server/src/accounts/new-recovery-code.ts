import type { NewRecoveryCodeRequest } from '@tend/contract';
import { decodeBytes, sha256Base64Url } from '../encoding.ts';
import { startSession } from '../sessions/start-session.ts';
import type { AccountDeps, SignedIn } from './account-deps.ts';
import type { StoredAccount } from './account-repository.ts';
import { reauthenticate } from './reauthenticate.ts';

/**
 * Replaces the recovery code after the passphrase was asked again: the new verifier's hash and the
 * vault key wrapped by the new code take the old ones' place, so the old code no longer resets the
 * passphrase. Every session ends and a fresh one opens, all in one transaction: other devices sign in
 * again and so pick up the new wrapped key instead of keeping the one the old code opens.
 */
export async function newRecoveryCode(
  deps: AccountDeps,
  accountId: string,
  request: NewRecoveryCodeRequest,
): Promise<SignedIn<StoredAccount>> {
  const account = await reauthenticate(deps, accountId, request.currentAuthSecret);
  const recovery = {
    recoveryVerifierHash: sha256Base64Url(decodeBytes(request.recoveryVerifier)),
    keys: { ...account.keys, recoveryWrappedVaultKey: request.recoveryWrappedVaultKey },
  };
  const cookieValue = await deps.store.transact(async ({ accounts, sessions }) => {
    await accounts.replaceRecovery(account.id, recovery);
    await sessions.removeAllFor(account.id);
    return startSession({ sessions, clock: deps.clock }, account.id);
  });
  return { account: { ...account, ...recovery }, cookieValue };
}

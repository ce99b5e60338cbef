import { constantTimeEqual, decodeBytes, sha256Base64Url } from '../encoding.ts';
import { unauthorized } from '../errors.ts';
import { throttleSignIn } from '../rate-limit/throttle-sign-in.ts';
import type { AccountDeps, SignedIn } from './account-deps.ts';
import type { StoredAccount } from './account-repository.ts';
import { trustedDevice } from './device-cookie.ts';
import type { SignInOrigin } from './log-in.ts';
import { replaceCredentials, type NewPassphrase } from './replace-credentials.ts';

export interface RecoverRequest extends NewPassphrase {
  readonly username: string;
  readonly recoveryVerifier: string;
}

/**
 * Sets a new passphrase with the recovery key's verifier instead of the old passphrase. Throttled like
 * sign-in; an unknown username and a wrong verifier answer the same.
 */
export async function recoverAccount(
  deps: AccountDeps,
  request: RecoverRequest,
  origin: Omit<SignInOrigin, 'sessionCookie'>,
): Promise<SignedIn<StoredAccount>> {
  const account = await deps.store.accounts.findByUsername(request.username);
  const device = trustedDevice(deps.keys, origin.deviceCookie, account?.id);
  await throttleSignIn(deps, 'recover', { username: request.username, address: origin.address, device });
  const presented = sha256Base64Url(decodeBytes(request.recoveryVerifier));
  const matches = constantTimeEqual(presented, account?.recoveryVerifierHash ?? '');
  if (!account || !matches) throw unauthorized();
  return replaceCredentials(deps, account, request);
}

import type { AccountDeps, SignedIn } from './account-deps.ts';
import type { StoredAccount } from './account-repository.ts';
import { reauthenticate } from './reauthenticate.ts';
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
  const account = await reauthenticate(deps, accountId, request.currentAuthSecret);
  return replaceCredentials(deps, account, request);
}

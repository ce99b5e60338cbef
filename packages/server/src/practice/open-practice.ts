import type { AccountDeps } from '../accounts/account-deps.ts';
import { reauthenticate } from '../accounts/reauthenticate.ts';

/** Makes the account a practitioner's (same vault and keys), after the passphrase is asked for again. */
export async function openPractice(deps: AccountDeps, accountId: string, authSecret: string): Promise<void> {
  const account = await reauthenticate(deps, accountId, authSecret);
  await deps.store.accounts.openPractice(account.id);
}

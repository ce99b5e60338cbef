import type { KdfParams } from '@tend/contract';
import { decodeBytes } from '../encoding.ts';
import { startSession } from '../sessions/start-session.ts';
import type { AccountDeps, SignedIn } from './account-deps.ts';
import type { Credentials, StoredAccount } from './account-repository.ts';

export interface NewPassphrase {
  readonly newAuthSecret: string;
  readonly kdf: KdfParams;
  readonly wrappedVaultKey: string;
}

/**
 * Stores the credentials of a new passphrase, ends every session of the account and opens a fresh one,
 * all in one transaction. Shared by passphrase change and recovery.
 */
export async function replaceCredentials(
  deps: AccountDeps,
  account: StoredAccount,
  next: NewPassphrase,
): Promise<SignedIn<StoredAccount>> {
  const credentials: Credentials = {
    authHash: await deps.hasher.hash(decodeBytes(next.newAuthSecret)),
    kdf: next.kdf,
    keys: { ...account.keys, wrappedVaultKey: next.wrappedVaultKey },
  };
  const cookieValue = await deps.store.transact(async ({ accounts, sessions }) => {
    await accounts.replaceCredentials(account.id, credentials);
    await sessions.removeAllFor(account.id);
    return startSession({ sessions, clock: deps.clock }, account.id);
  });
  return { account: { ...account, ...credentials }, cookieValue };
}

import type { LoginParamsResponse } from '@tend/contract';
import type { AccountDeps } from './account-deps.ts';
import { presentKdf } from './present-session.ts';

/** What a browser makes with `newKdfParams()`: an unknown username gets the same, with a stable salt. */
const usualKdf = { algorithm: 'argon2id', memoryKiB: 65_536, iterations: 3, parallelism: 1 } as const;

/**
 * The Argon2 parameters to derive the auth secret with. For a username with no account the answer is
 * plausible and stable (a keyed hash of the name as salt), so it does not tell whether one exists.
 */
export async function getLoginParams(
  deps: Pick<AccountDeps, 'store' | 'keys'>,
  username: string,
): Promise<LoginParamsResponse> {
  const account = await deps.store.accounts.findByUsername(username);
  if (account) return { kdf: presentKdf(account.kdf) };
  return { kdf: { ...usualKdf, salt: deps.keys.fakeSalt(username) } };
}

import type { LoginParamsResponse } from '@tend/contract';
import { throttleSignIn } from '../rate-limit/throttle-sign-in.ts';
import type { AccountDeps } from './account-deps.ts';
import { trustedDevice } from './device-cookie.ts';
import type { SignInOrigin } from './log-in.ts';
import { presentKdf } from './present-session.ts';

/** What a browser makes with `newKdfParams()`: an unknown username gets the same, with a stable salt. */
const usualKdf = { algorithm: 'argon2id', memoryKiB: 65_536, iterations: 3, parallelism: 1 } as const;

/**
 * The Argon2 parameters to derive the auth secret with. For a username with no account the answer is
 * plausible and stable (a keyed hash of the name as salt) and goes through the same presenter, so
 * its bytes are laid out exactly like a real one's: it does not tell whether an account exists.
 * Throttled per address (a device that signed in before has its own allowance).
 */
export async function getLoginParams(
  deps: Pick<AccountDeps, 'store' | 'keys' | 'clock' | 'limits'>,
  username: string,
  origin: Omit<SignInOrigin, 'sessionCookie'>,
): Promise<LoginParamsResponse> {
  const account = await deps.store.accounts.findByUsername(username);
  const device = trustedDevice(deps.keys, origin.deviceCookie, account?.id);
  await throttleSignIn(deps, 'params', { username, address: origin.address, device });
  return { kdf: presentKdf(account?.kdf ?? { ...usualKdf, salt: deps.keys.fakeSalt(username) }) };
}

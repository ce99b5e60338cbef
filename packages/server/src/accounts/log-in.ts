import { decodeBytes } from '../encoding.ts';
import { unauthorized } from '../errors.ts';
import { throttleSignIn } from '../rate-limit/throttle-sign-in.ts';
import { parseSessionCookie } from '../sessions/session-token.ts';
import { startSession } from '../sessions/start-session.ts';
import type { AccountDeps, SignedIn } from './account-deps.ts';
import type { StoredAccount } from './account-repository.ts';
import { trustedDevice } from './device-cookie.ts';

export interface LogInRequest {
  readonly username: string;
  readonly authSecret: string;
}

/** Where a sign-in comes from: the address, and the cookies the browser sent. */
export interface SignInOrigin {
  readonly address: string;
  readonly sessionCookie: string | undefined;
  readonly deviceCookie: string | undefined;
}

/**
 * Checks the auth secret and opens a new session. Throttled before any hashing (a device that signed
 * in before spends its own allowance); an unknown username is checked against a dummy hash, so it
 * answers the same, in the same time. The session the browser came with (if any) ends: a sign-in
 * always rotates the cookie.
 */
export async function logIn(
  deps: AccountDeps,
  request: LogInRequest,
  origin: SignInOrigin,
): Promise<SignedIn<StoredAccount>> {
  const account = await deps.store.accounts.findByUsername(request.username);
  const device = trustedDevice(deps.keys, origin.deviceCookie, account?.id);
  await throttleSignIn(deps, 'login', { username: request.username, address: origin.address, device });
  const matches = await deps.hasher.verify(
    account?.authHash ?? deps.dummyAuthHash,
    decodeBytes(request.authSecret),
  );
  if (!account || !matches) throw unauthorized();
  const previous = parseSessionCookie(origin.sessionCookie);
  const cookieValue = await deps.store.transact(async ({ sessions }) => {
    if (previous) await sessions.remove(previous.accountId, previous.tokenHash);
    return startSession({ sessions, clock: deps.clock }, account.id);
  });
  return { account, cookieValue };
}

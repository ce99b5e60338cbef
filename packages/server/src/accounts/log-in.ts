import { decodeBytes } from '../encoding.ts';
import { unauthorized } from '../errors.ts';
import { loginChecks } from '../rate-limit/buckets.ts';
import { enforceRateLimits } from '../rate-limit/rate-limits.ts';
import { parseSessionCookie } from '../sessions/session-token.ts';
import { startSession } from '../sessions/start-session.ts';
import type { AccountDeps, SignedIn } from './account-deps.ts';
import type { StoredAccount } from './account-repository.ts';

export interface LogInRequest {
  readonly username: string;
  readonly authSecret: string;
}

/**
 * Checks the auth secret and opens a new session. Throttled per username and per address before any
 * hashing; an unknown username is checked against a dummy hash, so it answers the same, in the same
 * time. The session the browser came with (if any) ends: a sign-in always rotates the cookie.
 */
export async function logIn(
  deps: AccountDeps,
  request: LogInRequest,
  address: string,
  presentedCookie: string | undefined,
): Promise<SignedIn<StoredAccount>> {
  await enforceRateLimits(
    { rateLimits: deps.store.rateLimits, clock: deps.clock },
    loginChecks(deps, request.username, address),
  );
  const account = await deps.store.accounts.findByUsername(request.username);
  const matches = await deps.hasher.verify(
    account?.authHash ?? deps.dummyAuthHash,
    decodeBytes(request.authSecret),
  );
  if (!account || !matches) throw unauthorized();
  const previous = parseSessionCookie(presentedCookie);
  const cookieValue = await deps.store.transact(async ({ sessions }) => {
    if (previous) await sessions.remove(previous.accountId, previous.tokenHash);
    return startSession({ sessions, clock: deps.clock }, account.id);
  });
  return { account, cookieValue };
}

import type { Clock } from '@tend/core/primitives';
import type { SessionRepository } from './session-repository.ts';
import { sessionPolicy } from './session-policy.ts';
import { newSessionToken } from './session-token.ts';

/** Opens a new session for the account and returns the cookie value that carries it. */
export async function startSession(
  deps: { sessions: SessionRepository; clock: Clock },
  accountId: string,
): Promise<string> {
  const now = deps.clock.now();
  const token = newSessionToken(accountId);
  await deps.sessions.insert({
    accountId,
    tokenHash: token.tokenHash,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: now + sessionPolicy.idleMs,
  });
  return token.cookieValue;
}

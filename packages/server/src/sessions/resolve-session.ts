import type { Clock } from '@tend/core/primitives';
import type { SessionRepository } from './session-repository.ts';
import { sessionPolicy } from './session-policy.ts';
import { parseSessionCookie, type SessionKey } from './session-token.ts';

export interface LiveSession extends SessionKey {
  /** True when the idle window was just extended: the cookie should be sent again with a fresh max-age. */
  readonly extended: boolean;
}

/** The live session a cookie carries, or null (missing, malformed, unknown, or expired). */
export async function resolveSession(
  deps: { sessions: SessionRepository; clock: Clock },
  cookieValue: string | undefined,
): Promise<LiveSession | null> {
  const key = parseSessionCookie(cookieValue);
  if (!key) return null;
  const session = await deps.sessions.find(key.accountId, key.tokenHash);
  const now = deps.clock.now();
  if (!session || session.expiresAt <= now) return null;
  if (now - session.lastSeenAt < sessionPolicy.touchEveryMs) return { ...key, extended: false };
  await deps.sessions.touch(key.accountId, key.tokenHash, now, now + sessionPolicy.idleMs);
  return { ...key, extended: true };
}

import type { AppContext } from '../context.ts';
import { unauthorized } from '../errors.ts';
import { resolveSession, type LiveSession } from '../sessions/resolve-session.ts';
import type { AppContextHono } from './app-env.ts';
import { readSessionCookie, setSessionCookie } from './session-cookie.ts';

/** The live session of the request, or 401. An extended session gets its cookie sent again. */
export async function requireSession(
  c: AppContextHono,
  ctx: Pick<AppContext, 'store' | 'clock' | 'config'>,
): Promise<LiveSession> {
  const cookieValue = readSessionCookie(c, ctx.config);
  const session = await resolveSession({ sessions: ctx.store.sessions, clock: ctx.clock }, cookieValue);
  if (!session || cookieValue === undefined) throw unauthorized();
  if (session.extended) setSessionCookie(c, ctx.config, cookieValue);
  return session;
}

import type { AppContext } from '../context.ts';
import type { AppContextHono } from '../http/app-env.ts';
import { sendJson } from '../http/json-response.ts';
import { setSessionCookie } from '../http/session-cookie.ts';
import type { SignedIn } from './account-deps.ts';
import type { StoredAccount } from './account-repository.ts';
import { presentSession } from './present-session.ts';

/** The answer to anything that signs someone in: the new session cookie and the SessionResponse. */
export function signedInResponse(
  c: AppContextHono,
  ctx: Pick<AppContext, 'config'>,
  result: SignedIn<StoredAccount>,
  status: 200 | 201 = 200,
): Response {
  setSessionCookie(c, ctx.config, result.cookieValue);
  return sendJson(c, status, presentSession(result.account));
}

import type { AppContext } from '../context.ts';
import type { AppContextHono } from '../http/app-env.ts';
import { respond } from '../http/json-response.ts';
import { setDeviceCookie, setSessionCookie } from '../http/session-cookie.ts';
import type { SignedIn } from './account-deps.ts';
import type { StoredAccount } from './account-repository.ts';
import { issueDeviceCookie } from './device-cookie.ts';
import { presentSession } from './present-session.ts';

/**
 * The answer to anything that signs someone in: the new session cookie, a fresh device cookie (this
 * device has now signed in to the account, so it keeps its own sign-in allowance) and the
 * SessionResponse.
 */
export function signedInResponse(
  c: AppContextHono,
  ctx: Pick<AppContext, 'config' | 'keys'>,
  result: SignedIn<StoredAccount>,
  route: 'signup' | 'login' | 'changePassphrase' | 'recover' | 'newRecoveryCode',
): Response {
  setSessionCookie(c, ctx.config, result.cookieValue);
  setDeviceCookie(c, ctx.config, issueDeviceCookie(ctx.keys, result.account.id));
  return respond(c, route, presentSession(result.account));
}

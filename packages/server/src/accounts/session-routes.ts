import { apiRoutes } from '@tend/contract';
import type { Hono } from 'hono';
import type { AppContext } from '../context.ts';
import { unauthorized } from '../errors.ts';
import type { AppEnv } from '../http/app-env.ts';
import { clientAddress } from '../http/client-address.ts';
import { respond, respondEmpty } from '../http/json-response.ts';
import { readRequest } from '../http/read-json.ts';
import { requireSession } from '../http/require-session.ts';
import { clearSessionCookie, readDeviceCookie, readSessionCookie } from '../http/session-cookie.ts';
import { getLoginParams } from './get-login-params.ts';
import { logIn } from './log-in.ts';
import { presentSession } from './present-session.ts';
import { signUp } from './sign-up.ts';
import { signedInResponse } from './signed-in-response.ts';

/** Sign-up, sign-in, the session and sign-out: validate with the contract → auth → use case → present. */
export function registerSessionRoutes(app: Hono<AppEnv>, ctx: AppContext): void {
  const r = apiRoutes;

  app.on(r.signup.method, r.signup.path, async (c) => {
    const request = await readRequest(c, 'signup');
    return signedInResponse(c, ctx, await signUp(ctx, request, clientAddress(c, ctx.config)), 'signup');
  });

  app.on(r.loginParams.method, r.loginParams.path, async (c) => {
    const { username } = await readRequest(c, 'loginParams');
    const origin = { address: clientAddress(c, ctx.config), deviceCookie: readDeviceCookie(c, ctx.config) };
    return respond(c, 'loginParams', await getLoginParams(ctx, username, origin));
  });

  app.on(r.login.method, r.login.path, async (c) => {
    const request = await readRequest(c, 'login');
    const origin = {
      address: clientAddress(c, ctx.config),
      sessionCookie: readSessionCookie(c, ctx.config),
      deviceCookie: readDeviceCookie(c, ctx.config),
    };
    return signedInResponse(c, ctx, await logIn(ctx, request, origin), 'login');
  });

  app.on(r.session.method, r.session.path, async (c) => {
    const session = await requireSession(c, ctx);
    const account = await ctx.store.accounts.findById(session.accountId);
    if (!account) throw unauthorized();
    return respond(c, 'session', presentSession(account));
  });

  app.on(r.logout.method, r.logout.path, async (c) => {
    // Cleared whatever happens next: a browser with a dead session should forget it too.
    clearSessionCookie(c, ctx.config);
    const session = await requireSession(c, ctx);
    await ctx.store.sessions.remove(session.accountId, session.tokenHash);
    return respondEmpty(c, 'logout');
  });
}

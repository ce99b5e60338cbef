import { apiRoutes } from '@tend/contract';
import type { Hono } from 'hono';
import type { AppContext } from '../context.ts';
import type { AppEnv } from '../http/app-env.ts';
import { clientAddress } from '../http/client-address.ts';
import { respondEmpty } from '../http/json-response.ts';
import { readRequest } from '../http/read-json.ts';
import { requireSession } from '../http/require-session.ts';
import { clearDeviceCookie, clearSessionCookie, readDeviceCookie } from '../http/session-cookie.ts';
import { changePassphrase } from './change-passphrase.ts';
import { deleteAccount } from './delete-account.ts';
import { newRecoveryCode } from './new-recovery-code.ts';
import { recoverAccount } from './recover-account.ts';
import { signedInResponse } from './signed-in-response.ts';

/** Changing the passphrase, recovering with the recovery key, a new recovery key, deleting the account. */
export function registerCredentialRoutes(app: Hono<AppEnv>, ctx: AppContext): void {
  const r = apiRoutes;

  app.on(r.changePassphrase.method, r.changePassphrase.path, async (c) => {
    const session = await requireSession(c, ctx);
    const request = await readRequest(c, 'changePassphrase');
    return signedInResponse(
      c,
      ctx,
      await changePassphrase(ctx, session.accountId, request),
      'changePassphrase',
    );
  });

  app.on(r.recover.method, r.recover.path, async (c) => {
    const request = await readRequest(c, 'recover');
    const origin = { address: clientAddress(c, ctx.config), deviceCookie: readDeviceCookie(c, ctx.config) };
    return signedInResponse(c, ctx, await recoverAccount(ctx, request, origin), 'recover');
  });

  app.on(r.newRecoveryCode.method, r.newRecoveryCode.path, async (c) => {
    const session = await requireSession(c, ctx);
    const request = await readRequest(c, 'newRecoveryCode');
    return signedInResponse(
      c,
      ctx,
      await newRecoveryCode(ctx, session.accountId, request),
      'newRecoveryCode',
    );
  });

  app.on(r.deleteAccount.method, r.deleteAccount.path, async (c) => {
    const session = await requireSession(c, ctx);
    const { authSecret } = await readRequest(c, 'deleteAccount');
    await deleteAccount(ctx, session.accountId, authSecret);
    clearSessionCookie(c, ctx.config);
    clearDeviceCookie(c, ctx.config);
    return respondEmpty(c, 'deleteAccount');
  });
}

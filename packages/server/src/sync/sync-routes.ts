import { PullQuery, PushRequest, apiRoutes } from '@tend/contract';
import type { Hono } from 'hono';
import type { AppContext } from '../context.ts';
import type { AppEnv } from '../http/app-env.ts';
import { sendJson } from '../http/json-response.ts';
import { readJson, readQuery } from '../http/read-json.ts';
import { requireSession } from '../http/require-session.ts';
import { pullChanges } from './pull-changes.ts';
import { pushChanges } from './push-changes.ts';

export function registerSyncRoutes(app: Hono<AppEnv>, ctx: AppContext): void {
  app.on(apiRoutes.push.method, apiRoutes.push.path, async (c) => {
    const { changes } = await readJson(c, PushRequest);
    const session = await requireSession(c, ctx);
    return sendJson(c, 200, { results: await pushChanges(ctx, session.accountId, changes) });
  });

  app.on(apiRoutes.pull.method, apiRoutes.pull.path, async (c) => {
    const { after, limit } = readQuery(c, PullQuery);
    const session = await requireSession(c, ctx);
    return sendJson(c, 200, await pullChanges(ctx.store, session.accountId, after, limit));
  });
}

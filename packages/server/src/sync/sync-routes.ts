import { apiRoutes } from '@tend/contract';
import type { Hono } from 'hono';
import type { AppContext } from '../context.ts';
import type { AppEnv } from '../http/app-env.ts';
import { respond } from '../http/json-response.ts';
import { answerPage } from '../http/json-stream.ts';
import { readRequest, readRouteQuery } from '../http/read-json.ts';
import { requireSession } from '../http/require-session.ts';
import { pullChanges } from './pull-changes.ts';
import { pushChanges } from './push-changes.ts';

/** Push and pull: the session is checked and a turn taken before any body is read. */
export function registerSyncRoutes(app: Hono<AppEnv>, ctx: AppContext): void {
  const { push, pull } = apiRoutes;

  app.on(push.method, push.path, async (c) => {
    const session = await requireSession(c, ctx);
    return ctx.gate.run(session.accountId, async () => {
      const { changes } = await readRequest(c, 'push');
      return respond(c, 'push', { results: await pushChanges(ctx, session.accountId, changes) });
    });
  });

  app.on(pull.method, pull.path, async (c) => {
    const { after, limit } = readRouteQuery(c, 'pull');
    const session = await requireSession(c, ctx);
    // The turn is held until the page has been written out, not just until it starts.
    const giveBack = await ctx.gate.take(session.accountId);
    try {
      const page = await pullChanges(ctx.store, session.accountId, after, limit);
      const { cursor, hasMore } = page;
      return await answerPage(c, 'pull', 'records', page, { cursor, hasMore }, giveBack);
    } catch (error) {
      giveBack();
      throw error;
    }
  });
}

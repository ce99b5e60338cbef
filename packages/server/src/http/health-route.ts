import { apiRoutes } from '@tend/contract';
import type { Hono } from 'hono';
import type { AppContext } from '../context.ts';
import type { AppEnv } from './app-env.ts';
import { respond } from './json-response.ts';

/** Answers ok only when the database answers (a failed ping becomes 503 `unavailable`). */
export function registerHealthRoute(app: Hono<AppEnv>, ctx: Pick<AppContext, 'store'>): void {
  app.on(apiRoutes.health.method, apiRoutes.health.path, async (c) => {
    await ctx.store.ping();
    return respond(c, 'health', { status: 'ok', database: ctx.store.kind });
  });
}

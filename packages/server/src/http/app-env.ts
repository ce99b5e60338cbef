import type { Context } from 'hono';

/** What Hono carries per request: the node-server bindings (absent in in-process tests) and our variables. */
export interface AppEnv {
  Bindings: { incoming?: { socket?: { remoteAddress?: string | undefined } | undefined } | undefined };
  Variables: { requestId: string };
}

export type AppContextHono = Context<AppEnv>;

import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Logger } from 'pino';
import type { AppEnv } from './app-env.ts';

const byteCount = (header: string | null | undefined) => {
  const value = Number(header ?? Number.NaN);
  return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
};

/**
 * One line per request: id, method, route pattern (never the raw path or query), status, duration
 * and sizes. Never a body, header value, cookie, username or ciphertext.
 */
export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    logger.info(
      {
        reqId: c.get('requestId'),
        method: c.req.method,
        route: routePath(c) || 'unmatched',
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        reqBytes: byteCount(c.req.header('content-length')),
        resBytes: byteCount(c.res.headers.get('content-length')),
      },
      'request',
    );
  };
}

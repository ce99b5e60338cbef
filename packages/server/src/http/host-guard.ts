import { apiRoutes } from '@tend/contract';
import type { MiddlewareHandler } from 'hono';
import { isLoopbackHost, type Config } from '../config.ts';
import { AppError } from '../errors.ts';
import type { AppEnv } from './app-env.ts';

/**
 * Answers only for the server's own names: PUBLIC_ORIGIN's host when it is set, else the loopback
 * names (and the address it listens on). A page on another name that resolves here (DNS rebinding)
 * gets nothing. Health is left open, for probes that address the machine directly.
 */
export function hostGuard(config: Pick<Config, 'publicOrigin' | 'allowedHosts'>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const hostname = new URL(c.req.url).hostname.toLowerCase();
    const allowed =
      config.allowedHosts.includes(hostname) || (config.publicOrigin === null && isLoopbackHost(hostname));
    if (!allowed && c.req.path !== apiRoutes.health.path) {
      throw new AppError('bad_request', 'This server does not answer for that host name.');
    }
    await next();
  };
}

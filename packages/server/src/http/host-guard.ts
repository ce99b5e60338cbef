import { apiRoutes } from '@tend/contract';
import type { MiddlewareHandler } from 'hono';
import { isLoopbackHost, type Config } from '../config.ts';
import { AppError } from '../errors.ts';
import type { AppEnv } from './app-env.ts';

/** Verdicts remembered per authority; a client sending endless new names only refills it. */
const rememberedHosts = 64;

/** `scheme://authority` of an absolute URL (what the request's URL starts with). */
function originPart(url: string): string {
  const start = url.indexOf('//') + 2;
  const end = url.indexOf('/', start);
  return end < 0 ? url : url.slice(0, end);
}

/**
 * Answers only for the server's own names: PUBLIC_ORIGIN's host when it is set, else the loopback
 * names (and the address it listens on). A page on another name that resolves here (DNS rebinding)
 * gets nothing. Health is left open, for probes that address the machine directly. The verdict for
 * a name is worked out once (every request of a device carries the same one), not per request.
 */
export function hostGuard(config: Pick<Config, 'publicOrigin' | 'allowedHosts'>): MiddlewareHandler<AppEnv> {
  const verdicts = new Map<string, boolean>();
  const allowed = (origin: string) => {
    const known = verdicts.get(origin);
    if (known !== undefined) return known;
    const hostname = new URL(origin).hostname.toLowerCase();
    const verdict =
      config.allowedHosts.includes(hostname) || (config.publicOrigin === null && isLoopbackHost(hostname));
    if (verdicts.size >= rememberedHosts) verdicts.clear();
    verdicts.set(origin, verdict);
    return verdict;
  };
  return async (c, next) => {
    if (!allowed(originPart(c.req.url)) && c.req.path !== apiRoutes.health.path) {
      throw new AppError('bad_request', 'This server does not answer for that host name.');
    }
    await next();
  };
}

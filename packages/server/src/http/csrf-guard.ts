import { csrfHeader, csrfHeaderValue } from '@tend/contract';
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../errors.ts';
import type { AppEnv } from './app-env.ts';

const rejected = () => new AppError('csrf_rejected', 'This request did not come from the Tend app.');

/**
 * Cookie-authenticated writes must prove they come from our own page: the custom header (a
 * cross-site form cannot set it, and a cross-site fetch with it needs CORS, which we never grant),
 * and an Origin, when sent, equal to ours. Requests the browser marks cross-site are refused outright.
 */
export function csrfGuard(options: { publicOrigin: string | null }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.header('sec-fetch-site') === 'cross-site') throw rejected();
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    if (c.req.header(csrfHeader) !== csrfHeaderValue) throw rejected();
    const origin = c.req.header('origin');
    if (origin !== undefined && origin !== (options.publicOrigin ?? new URL(c.req.url).origin))
      throw rejected();
    await next();
  };
}

import { apiRoutes } from '@tend/contract';
import type { AppContextHono } from './app-env.ts';
import { sendError } from './error-handler.ts';

/** Every API path and the methods it answers, from the contract. */
const knownPaths: ReadonlyMap<string, readonly string[]> = new Map(
  [...new Set(Object.values(apiRoutes).map((route) => route.path))].map((path) => [
    path,
    Object.values(apiRoutes)
      .filter((route) => route.path === path)
      .map((route) => route.method),
  ]),
);

/** An /api path no route answered: 405 with Allow when the path exists, else 404, both as JSON. */
export function apiFallback(c: AppContextHono): Response {
  const methods = knownPaths.get(c.req.path);
  if (methods) {
    c.header('allow', [...methods, ...(methods.includes('GET') ? ['HEAD'] : [])].join(', '));
    return sendError(c, 'method_not_allowed', 'This method is not allowed here.');
  }
  return sendError(c, 'not_found', 'There is no such API route.');
}

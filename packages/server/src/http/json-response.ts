import { apiRoutes, type ApiRouteName, type ResponseOf, type RouteWithBody } from '@tend/contract';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppContextHono } from './app-env.ts';

/** A JSON text with its length set, so the request log can report sizes. */
export function sendJsonText(c: AppContextHono, status: ContentfulStatusCode, text: string): Response {
  return c.body(text, status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
  });
}

/** A route's answer: its body typed by the contract's response schema, with the route's status. */
export function respond<R extends RouteWithBody>(c: AppContextHono, route: R, body: ResponseOf<R>): Response {
  return sendJsonText(c, apiRoutes[route].status, JSON.stringify(body));
}

type NoContentRoute = Exclude<ApiRouteName, RouteWithBody>;

/** The answer of a route that has nothing to say beyond success. */
export function respondEmpty(c: AppContextHono, route: NoContentRoute): Response {
  return c.body(null, apiRoutes[route].status);
}

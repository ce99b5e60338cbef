import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppContextHono } from './app-env.ts';

/** A JSON response with its length set, so the request log can report sizes. */
export function sendJson(c: AppContextHono, status: ContentfulStatusCode, body: unknown): Response {
  const text = JSON.stringify(body);
  return c.body(text, status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
  });
}

import {
  apiRoutes,
  type ParsedQueryOf,
  type ParsedRequestOf,
  type RouteWithQuery,
  type RouteWithRequest,
} from '@tend/contract';
import type { z } from 'zod';
import { AppError } from '../errors.ts';
import type { AppContextHono } from './app-env.ts';
import { scanJsonShape, type JsonShapeLimits } from './json-shape.ts';

/**
 * Every body of the contract is a few levels deep (a push is an object, an array, objects), and the
 * largest holds a few hundred changes: far inside these limits.
 */
export const jsonShapeLimits: JsonShapeLimits = { maxDepth: 8, maxItems: 4_000 };

const tooLarge = (maxBytes: number) =>
  new AppError('payload_too_large', `The body is larger than ${maxBytes} bytes.`);

/** The client went away before its body arrived: logged as such, never as a server failure. */
export class ClientAbortError extends Error {
  override readonly name = 'ClientAbortError';
}

function isJsonType(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(';', 1)[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

/**
 * Reads the body up to `maxBytes`, streamed and cut off at the limit whatever the Content-Length
 * says (a declared length over it was refused before). A connection reset half-way is a client
 * abort, not an error of ours.
 */
async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array> {
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read().catch(() => {
      throw new ClientAbortError('the client closed the connection before the body arrived');
    });
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // The body is refused either way; a client that already went cannot be told more.
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/**
 * Reads a body whose length was declared (and found within the limit) in one piece, without a
 * stream per request: over HTTP/1.1 the parser hands over exactly the declared bytes, so the read
 * is bounded by it; the size is checked again for callers that are not a socket.
 */
async function readDeclared(request: Request, maxBytes: number): Promise<Uint8Array> {
  const body = await request.arrayBuffer().catch(() => {
    throw new ClientAbortError('the client closed the connection before the body arrived');
  });
  if (body.byteLength > maxBytes) throw tooLarge(maxBytes);
  return new Uint8Array(body);
}

/** Where the body failed the contract, as field paths only: never the values sent. */
function describeIssues(error: z.ZodError): string {
  const paths = [...new Set(error.issues.map((issue) => issue.path.map(String).join('.') || '(body)'))];
  return `The request does not match the API contract at: ${paths.slice(0, 5).join(', ')}.`;
}

/**
 * The one way a body comes in: its route's size limit (by header, then while reading), the content
 * type, a linear scan of its shape, UTF-8, JSON, then the contract's schema. Nothing is parsed before
 * it is cheap to refuse.
 */
export async function readJson<T>(c: AppContextHono, schema: z.ZodType<T>, maxBytes: number): Promise<T> {
  const declared = Number(c.req.header('content-length') ?? 0);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!isJsonType(c.req.header('content-type'))) {
    throw new AppError('unsupported_media_type', 'Send the body as application/json.');
  }
  const bytes =
    Number.isSafeInteger(declared) && c.req.header('content-length') !== undefined
      ? await readDeclared(c.req.raw, maxBytes)
      : await readLimited(c.req.raw, maxBytes);
  if (!scanJsonShape(bytes, jsonShapeLimits).ok) {
    throw new AppError('bad_request', 'The body is nested too deeply or holds too many values.');
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new AppError('bad_request', 'The body is not valid UTF-8 JSON.');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError('bad_request', describeIssues(parsed.error));
  return parsed.data;
}

/** The query of an absolute URL, parsed as `URL.searchParams` would, without parsing the rest. */
export function queryOf(url: string): URLSearchParams {
  const start = url.indexOf('?');
  if (start < 0) return new URLSearchParams();
  const end = url.indexOf('#', start);
  return new URLSearchParams(url.slice(start + 1, end < 0 ? undefined : end));
}

/** Query parameters validated like a body; a repeated name is refused rather than guessed at. */
export function readQuery<T>(c: AppContextHono, schema: z.ZodType<T>): T {
  const entries = [...queryOf(c.req.url).entries()];
  if (new Set(entries.map(([name]) => name)).size !== entries.length) {
    throw new AppError('bad_request', 'A query parameter is repeated.');
  }
  const parsed = schema.safeParse(Object.fromEntries(entries));
  if (!parsed.success) throw new AppError('bad_request', describeIssues(parsed.error));
  return parsed.data;
}

/** A route's body, read with its size limit and parsed with its schema from the contract's table. */
export function readRequest<R extends RouteWithRequest>(
  c: AppContextHono,
  route: R,
): Promise<ParsedRequestOf<R>> {
  const { request, maxBody }: { request: z.ZodType; maxBody: number } = apiRoutes[route];
  // The row's schema parses to exactly ParsedRequestOf<R>; the compiler cannot follow a generic index.
  return readJson(c, request, maxBody) as Promise<ParsedRequestOf<R>>;
}

/** A route's query, parsed with its schema from the contract's table. */
export function readRouteQuery<R extends RouteWithQuery>(c: AppContextHono, route: R): ParsedQueryOf<R> {
  const { query }: { query: z.ZodType } = apiRoutes[route];
  return readQuery(c, query) as ParsedQueryOf<R>;
}

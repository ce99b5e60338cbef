import { maxBodyBytes } from '@tend/contract';
import type { z } from 'zod';
import { AppError } from '../errors.ts';
import type { AppContextHono } from './app-env.ts';

const tooLarge = () => new AppError('payload_too_large', `The body is larger than ${maxBodyBytes} bytes.`);

function isJsonType(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(';', 1)[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

/**
 * Reads the body up to the limit. With a Content-Length (already checked against the limit) Node's
 * parser delivers exactly that many bytes, so the body is read whole; without one (chunked) it is
 * streamed and cut off at the limit.
 */
async function readLimited(request: Request): Promise<Uint8Array> {
  if (request.headers.has('content-length')) return new Uint8Array(await request.arrayBuffer());
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBodyBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/** Where the body failed the contract, as field paths only: never the values sent. */
function describeIssues(error: z.ZodError): string {
  const paths = [...new Set(error.issues.map((issue) => issue.path.map(String).join('.') || '(body)'))];
  return `The request does not match the API contract at: ${paths.slice(0, 5).join(', ')}.`;
}

/** Body limit, content type, UTF-8, JSON, then the contract's schema: the one way a body comes in. */
export async function readJson<T>(c: AppContextHono, schema: z.ZodType<T>): Promise<T> {
  const declared = Number(c.req.header('content-length') ?? 0);
  if (declared > maxBodyBytes) throw tooLarge();
  if (!isJsonType(c.req.header('content-type'))) {
    throw new AppError('unsupported_media_type', 'Send the body as application/json.');
  }
  const bytes = await readLimited(c.req.raw);
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

/** Query parameters validated like a body; a repeated name is refused rather than guessed at. */
export function readQuery<T>(c: AppContextHono, schema: z.ZodType<T>): T {
  const params = new URL(c.req.url).searchParams;
  const entries = [...params.entries()];
  if (new Set(entries.map(([name]) => name)).size !== entries.length) {
    throw new AppError('bad_request', 'A query parameter is repeated.');
  }
  const parsed = schema.safeParse(Object.fromEntries(entries));
  if (!parsed.success) throw new AppError('bad_request', describeIssues(parsed.error));
  return parsed.data;
}

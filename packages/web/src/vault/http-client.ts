import type { z } from 'zod';
import {
  apiRoutes,
  csrfHeader,
  csrfHeaderValue,
  errorStatus,
  type ApiRouteName,
  type ErrorCode,
} from '@tend/contract';
import { ServiceError } from './vault-service.ts';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface HttpClient {
  /** Calls one API route; the answer is checked with `schema`. */
  call<T>(route: ApiRouteName, schema: z.ZodType<T>, options?: CallOptions): Promise<T>;
  /** Calls one API route whose answer the app does not need beyond success. */
  send(route: ApiRouteName, options?: CallOptions): Promise<void>;
}

export interface CallOptions {
  readonly body?: unknown;
  readonly query?: Readonly<Record<string, number | string>>;
}

/** The code the app sees when the network is away: the sync status shows "offline", nothing is lost. */
export const offlineCode = 'offline';

const isErrorCode = (value: unknown): value is ErrorCode => typeof value === 'string' && value in errorStatus;

function codeForStatus(status: number): ErrorCode {
  const match = Object.entries(errorStatus).find(([, s]) => s === status);
  return match && isErrorCode(match[0]) ? match[0] : 'internal';
}

async function errorFrom(response: Response): Promise<ServiceError> {
  let code: ErrorCode = codeForStatus(response.status);
  try {
    const body: unknown = await response.json();
    const candidate = (body as { error?: { code?: unknown } } | null)?.error?.code;
    if (isErrorCode(candidate)) code = candidate;
  } catch {
    // Not JSON (a proxy's page, say): the status alone tells the code.
  }
  return new ServiceError(code);
}

function urlOf(baseUrl: string, route: ApiRouteName, query: CallOptions['query']): string {
  const path = `${baseUrl}${apiRoutes[route].path}`;
  if (!query) return path;
  const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  return `${path}?${params.toString()}`;
}

/**
 * Same-origin JSON calls to the API: cookies ride along, every write carries the CSRF header, every
 * answer is validated with the contract's schema, and errors become a ServiceError with the contract's code.
 */
export function createHttpClient(options: { baseUrl: string; fetch: FetchLike }): HttpClient {
  async function request(route: ApiRouteName, callOptions: CallOptions): Promise<Response> {
    const { method } = apiRoutes[route];
    const headers: Record<string, string> = { accept: 'application/json' };
    if (method !== 'GET') {
      headers[csrfHeader] = csrfHeaderValue;
      headers['content-type'] = 'application/json';
    }
    const init: RequestInit = { method, headers, credentials: 'same-origin', cache: 'no-store' };
    if (method !== 'GET') init.body = JSON.stringify(callOptions.body ?? {});
    let response: Response;
    try {
      response = await options.fetch(urlOf(options.baseUrl, route, callOptions.query), init);
    } catch {
      throw new ServiceError(offlineCode, 'The server cannot be reached right now.');
    }
    if (!response.ok) throw await errorFrom(response);
    return response;
  }

  async function call<T>(
    route: ApiRouteName,
    schema: z.ZodType<T>,
    callOptions: CallOptions = {},
  ): Promise<T> {
    const response = await request(route, callOptions);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new ServiceError('internal', 'The server sent an answer this app does not understand.');
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success)
      throw new ServiceError('internal', 'The server sent an answer this app does not understand.');
    return parsed.data;
  }
  return {
    call,
    async send(route, callOptions = {}) {
      const response = await request(route, callOptions);
      // Drain the body so the connection can be reused; its content is not needed.
      await response.arrayBuffer().catch(() => undefined);
    },
  };
}

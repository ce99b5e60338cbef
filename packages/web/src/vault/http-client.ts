import {
  ApiErrorBody,
  apiRoutes,
  csrfHeader,
  csrfHeaderValue,
  errorCodes,
  errorStatus,
  type ApiRouteName,
  type DecodedResponseOf,
  type ErrorCode,
  type QueryOf,
  type RequestOf,
  type RouteWithBody,
} from '@tend/contract';
import { ServiceError } from './vault-service.ts';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface HttpClient {
  /** Calls one API route; its answer is checked with the route's response schema. */
  call<R extends RouteWithBody>(route: R, options?: CallOptions<R>): Promise<DecodedResponseOf<R>>;
  /** Calls one API route whose answer the app does not need beyond success. */
  send<R extends ApiRouteName>(route: R, options?: CallOptions<R>): Promise<void>;
}

/** A route's body and query, typed by the contract (a query's numbers are sent as text). */
export interface CallOptions<R extends ApiRouteName> {
  readonly body?: RequestOf<R>;
  readonly query?: { readonly [K in keyof QueryOf<R>]: number | string };
}

/** The code the app sees when the network is away: the sync status shows "offline", nothing is lost. */
export const offlineCode = 'offline';

function codeForStatus(status: number): ErrorCode {
  return errorCodes.find((code) => errorStatus[code] === status) ?? 'internal';
}

/** The contract's error body, or (a proxy's page, an unknown code) the code its status stands for. */
async function errorFrom(response: Response): Promise<ServiceError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    // Not JSON: the status alone tells the code.
  }
  const parsed = ApiErrorBody.safeParse(body);
  return new ServiceError(parsed.success ? parsed.data.error.code : codeForStatus(response.status));
}

function urlOf(baseUrl: string, route: ApiRouteName, query: Readonly<Record<string, unknown>> | undefined) {
  const path = `${baseUrl}${apiRoutes[route].path}`;
  if (!query) return path;
  const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  return `${path}?${params.toString()}`;
}

const notUnderstood = () =>
  new ServiceError('internal', 'The server sent an answer this app does not understand.');

/**
 * Same-origin JSON calls to the API: cookies ride along, every write carries the CSRF header, every
 * answer is validated with its route's schema from the contract, and errors become a ServiceError
 * with the contract's code.
 */
export function createHttpClient(options: { baseUrl: string; fetch: FetchLike }): HttpClient {
  async function request(route: ApiRouteName, callOptions: CallOptions<ApiRouteName>): Promise<Response> {
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

  return {
    async call<R extends RouteWithBody>(route: R, callOptions: CallOptions<R> = {}) {
      const response = await request(route, callOptions);
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        throw notUnderstood();
      }
      const parsed = apiRoutes[route].response.safeParse(body);
      if (!parsed.success) throw notUnderstood();
      return parsed.data as DecodedResponseOf<R>;
    },
    async send(route, callOptions = {}) {
      const response = await request(route, callOptions);
      // Drain the body so the connection can be reused; its content is not needed.
      await response.arrayBuffer().catch(() => undefined);
    },
  };
}

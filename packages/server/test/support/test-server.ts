import { csrfHeader, csrfHeaderValue, type SessionResponse, type SignupRequest } from '@tend/contract';
import { join } from 'node:path';
import type { Clock } from '@tend/core';
import type { Hono } from 'hono';
import { createArgon2idHasher, type SecretHasher } from '../../src/accounts/argon2id-hasher.ts';
import { createApp } from '../../src/app.ts';
import { contractBreach } from '../../src/in-process.ts';
import { loadConfig } from '../../src/config.ts';
import { createContext, type AppContext } from '../../src/context.ts';
import { openSqliteDatabase } from '../../src/db/open-database.ts';
import type { AppEnv } from '../../src/http/app-env.ts';
import type { RateLimits } from '../../src/rate-limit/rate-limits.ts';
import { tempDir, type TestDatabase } from './databases.ts';
import { newSignup } from './factories.ts';

export interface CallOptions {
  /** JSON-encoded unless `rawBody` is given. */
  readonly body?: unknown;
  readonly rawBody?: string | Uint8Array | ReadableStream<Uint8Array>;
  /** `name=value` of the session cookie to send. */
  readonly cookie?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly address?: string;
  /** The host the request is sent to (the Host header); default localhost. */
  readonly host?: string;
  /** Send the CSRF header on writes (default true). */
  readonly csrf?: boolean;
}

export interface TestServer {
  readonly app: Hono<AppEnv>;
  readonly ctx: AppContext;
  /** Every log line written so far. */
  readonly logs: string[];
  readonly hashes: { hash: number; verify: number };
  call(method: string, path: string, options?: CallOptions): Promise<Response>;
  /** Signs a new account up; returns what was sent, the answer and the cookie to send back. */
  signUp(overrides?: Partial<SignupRequest>): Promise<SignedUp>;
  close(): Promise<void>;
}

export interface SignedUp {
  readonly request: SignupRequest;
  readonly session: SessionResponse;
  readonly cookie: string;
}

export interface TestServerOptions {
  readonly database?: TestDatabase;
  readonly limits?: Partial<RateLimits>;
  readonly clock?: Clock;
  readonly cookieSecure?: boolean;
  readonly webDist?: string;
  readonly env?: Readonly<Record<string, string>>;
  /**
   * Argon2id at its smallest cost (64 KiB, one pass) instead of the server's: the same code path, for
   * tests that sign many accounts up or re-authenticate often and are not about hashing.
   */
  readonly cheapHashing?: boolean;
}

const cheapArgon2id = { memoryKiB: 64, passes: 1, parallelism: 1 };

function countingHasher(inner: SecretHasher, counts: { hash: number; verify: number }): SecretHasher {
  return {
    hash: (secret) => {
      counts.hash += 1;
      return inner.hash(secret);
    },
    verify: (phc, secret) => {
      counts.verify += 1;
      return inner.verify(phc, secret);
    },
  };
}

/** The `name=value` pair of the last Set-Cookie of the named cookie that sets a value (not a clearing one). */
function cookieOf(response: Response, name: RegExp): string | undefined {
  const set = response.headers
    .getSetCookie()
    .filter((line) => !/Max-Age=0/i.test(line) && name.test(line.split('=', 1)[0] ?? ''));
  return set.at(-1)?.split(';', 1)[0];
}

export const sessionCookieOf = (response: Response) => cookieOf(response, /^(__Host-)?tend-session$/);
/** The device cookie a sign-in sets: the device has signed in before from then on. */
export const deviceCookieOf = (response: Response) => cookieOf(response, /^(__Host-)?tend-device$/);

const nullBodyStatuses = new Set([101, 204, 205, 304]);

/**
 * The answer read to its end, as a client over the network does: a streamed page is produced as it
 * is read, and the account's turn is held until then, so an answer left unread would stall the next.
 */
async function readWhole(response: Response): Promise<Response> {
  const body = response.body ? await response.arrayBuffer() : null;
  const { status, statusText, headers } = response;
  return new Response(nullBodyStatuses.has(status) ? null : body, { status, statusText, headers });
}

/** The app in process, on a fresh database, with a counting real Argon2id hasher and captured logs. */
export async function createTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dir = tempDir();
  const config = loadConfig({
    DATA_DIR: dir.path,
    WEB_DIST: options.webDist ?? `${dir.path}/no-web-dist`,
    COOKIE_SECURE: String(options.cookieSecure ?? true),
    ...options.env,
  });
  const logs: string[] = [];
  const counts = { hash: 0, verify: 0 };
  // By default SQLite at the configured place (DATA_DIR/tend.sqlite), as the real server would.
  const database = options.database
    ? await options.database.open()
    : openSqliteDatabase(
        config.database.kind === 'sqlite' ? config.database.file : join(dir.path, 'tend.sqlite'),
      );
  const ctx = await createContext({
    config,
    database,
    logStream: { write: (line: string) => void logs.push(line) },
    hasher: countingHasher(createArgon2idHasher(options.cheapHashing ? cheapArgon2id : undefined), counts),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  });
  const app = createApp(ctx);

  const call = async (method: string, path: string, call: CallOptions = {}): Promise<Response> => {
    const headers = new Headers(call.headers);
    const isWrite = method !== 'GET' && method !== 'HEAD';
    if (isWrite && call.csrf !== false && !headers.has(csrfHeader)) headers.set(csrfHeader, csrfHeaderValue);
    if (call.cookie) headers.set('cookie', call.cookie);
    let body: string | Uint8Array | ReadableStream<Uint8Array> | undefined = call.rawBody;
    if (body === undefined && call.body !== undefined) {
      body = JSON.stringify(call.body);
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    }
    const env = { incoming: { socket: { remoteAddress: call.address ?? '192.0.2.1' } } };
    // A stream is sent chunked (no Content-Length), as a client that hides its size would.
    const init: RequestInit & { duplex?: 'half' } = { method, headers };
    if (body instanceof ReadableStream) Object.assign(init, { body, duplex: 'half' });
    else if (body !== undefined) init.body = typeof body === 'string' ? body : new Uint8Array(body);
    const url = call.host === undefined ? path : `http://${call.host}${path}`;
    const response = await readWhole(await app.request(url, init, env));
    // Every answer of every test is held to the contract: its route's status and schema, or an error body.
    const breach = await contractBreach(method, path, response);
    if (breach !== null) throw new Error(`The answer breaks the contract: ${breach}`);
    return response;
  };

  return {
    app,
    ctx,
    logs,
    hashes: counts,
    call,
    async signUp(overrides = {}) {
      const request = newSignup(overrides);
      const response = await call('POST', '/api/v1/auth/signup', { body: request });
      if (response.status !== 201)
        throw new Error(`signup failed with ${response.status}: ${await response.text()}`);
      const cookie = sessionCookieOf(response);
      if (!cookie) throw new Error('signup set no cookie');
      return { request, session: (await response.json()) as SessionResponse, cookie };
    },
    async close() {
      await ctx.close();
      dir.remove();
    },
  };
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiErrorBody, apiRoutes, errorStatus, maxInt32, type ApiRoute } from '@tend/contract';
import type { Clock } from '@tend/core/primitives';
import { createArgon2idHasher } from './accounts/argon2id-hasher.ts';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { createContext, type AppContext } from './context.ts';
import { openSqliteDatabase } from './db/open-database.ts';
import type { StoredRecord } from './sync/record-repository.ts';

/** A fetch as a browser makes it: the path of an API route and its init. */
export type InProcessFetch = (input: string, init?: RequestInit) => Promise<Response>;

/** The whole server in this process, on a SQLite file of its own, for tests and tools. */
export interface InProcessServer {
  readonly ctx: AppContext;
  /** A fetch for one more browser: its own cookies and its own address, answered by the app. */
  browser(): InProcessFetch;
  /** Every record the server holds for the account, tombstones included, in sequence order. */
  records(accountId: string): Promise<StoredRecord[]>;
  /** Overwrites a record as a hostile or broken server would; the account's sequence reaches its seq. */
  tamper(accountId: string, record: StoredRecord): Promise<void>;
  close(): Promise<void>;
}

export interface InProcessOptions {
  readonly clock?: Clock;
}

/**
 * Argon2id at its smallest cost: the same code path as the server's own, for clients that sign in
 * often and are not about hashing. Only ever used here.
 */
const cheapArgon2id = { memoryKiB: 64, passes: 1, parallelism: 1 };

/** The contract's route for a method and path (a HEAD is its GET), if the API has one. */
function routeOf(method: string, path: string): ApiRoute | undefined {
  const pathname = new URL(path, 'http://localhost').pathname;
  const asked = method === 'HEAD' ? 'GET' : method;
  return Object.values(apiRoutes).find((route) => route.method === asked && route.path === pathname);
}

/** A route's answer that breaks its own contract: what is wrong, or null when it keeps it. */
export async function contractBreach(
  method: string,
  path: string,
  response: Response,
): Promise<string | null> {
  const route = routeOf(method, path);
  if (!route) return null;
  const text = await response.clone().text();
  const where = `${method} ${path} answered ${response.status}`;
  if (response.ok) {
    if (response.status !== route.status) return `${where}, but the contract says ${route.status}`;
    if (method === 'HEAD' || route.response === null) {
      return text === '' ? null : `${where} with a body where the contract has none`;
    }
    const parsed = route.response.safeParse(JSON.parse(text));
    return parsed.success ? null : `${where} with a body outside its schema: ${parsed.error.message}`;
  }
  if (method === 'HEAD') return null;
  const parsed = ApiErrorBody.safeParse(JSON.parse(text));
  if (!parsed.success) return `${where} with an error body outside the contract: ${text.slice(0, 200)}`;
  const expected = errorStatus[parsed.data.error.code];
  return expected === response.status ? null : `${where} for ${parsed.data.error.code}, which is ${expected}`;
}

/** Keeps the cookies a response sets, forgets those it clears, and sends them back. */
function cookieJar() {
  const cookies = new Map<string, string>();
  return {
    header: () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
    take(response: Response) {
      for (const line of response.headers.getSetCookie()) {
        const [pair = '', ...attributes] = line.split(';');
        const at = pair.indexOf('=');
        const name = pair.slice(0, at).trim();
        if (attributes.some((a) => /^\s*max-age=0\s*$/i.test(a))) cookies.delete(name);
        else cookies.set(name, pair.slice(at + 1).trim());
      }
    },
  };
}

/**
 * The app of this package with its real routes, use cases and repositories on a fresh SQLite
 * database in a temporary directory, answering requests in process (no port is opened). Each
 * `browser()` is a client with its own cookies, as a second device or a second person is. Every
 * answer is checked against its route's status and schema in the contract before it is handed back.
 */
export async function startInProcess(options: InProcessOptions = {}): Promise<InProcessServer> {
  const dir = mkdtempSync(join(tmpdir(), 'tend-in-process-'));
  const config = loadConfig({ DATA_DIR: dir, WEB_DIST: join(dir, 'no-web-dist'), COOKIE_SECURE: 'true' });
  const ctx = await createContext({
    config,
    database: openSqliteDatabase(join(dir, 'tend.sqlite')),
    logStream: { write: () => undefined },
    hasher: createArgon2idHasher(cheapArgon2id),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const app = createApp(ctx);
  let browsers = 0;

  return {
    ctx,
    browser() {
      browsers += 1;
      // Documentation addresses (RFC 5737): each browser its own, so one's sign-in limits are its own.
      const address = `192.0.2.${(browsers % 254) + 1}`;
      const jar = cookieJar();
      return async (input, init = {}) => {
        const headers = new Headers(init.headers);
        const cookie = jar.header();
        if (cookie) headers.set('cookie', cookie);
        const env = { incoming: { socket: { remoteAddress: address } } };
        const response = await app.request(input, { ...init, headers }, env);
        jar.take(response);
        // Every answer is held to the contract, so every test through here checks it too.
        const breach = await contractBreach(init.method ?? 'GET', input, response);
        if (breach !== null) throw new Error(`The answer breaks the contract: ${breach}`);
        return response;
      };
    },
    records: (accountId) => ctx.store.records.readSpan(accountId, { after: 0, upTo: maxInt32 }),
    async tamper(accountId, record) {
      await ctx.store.transact(async ({ accounts, records }) => {
        const seq = (await accounts.lockSequence(accountId)) ?? 0;
        await records.writeMany(accountId, [record], ctx.clock.now());
        await accounts.setSequence(accountId, Math.max(seq, record.seq));
      });
    },
    async close() {
      await ctx.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

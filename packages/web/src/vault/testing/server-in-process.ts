import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiRoutes, type AccessLogEntry, type ApiRouteName } from '@tend/contract';
import {
  createApp,
  createArgon2idHasher,
  createContext,
  loadConfig,
  openSqliteDatabase,
  type AppContext,
} from '@tend/server';
import type { FetchLike } from '../http-client.ts';

/** A request a browser sent, as the server received it: which route, and the body's text. */
export interface SeenRequest {
  readonly route: ApiRouteName | undefined;
  readonly method: string;
  readonly body: string;
}

/** Argon2id at its smallest cost on the server: the same code path, for tests not about hashing. */
const cheapArgon2id = { memoryKiB: 64, passes: 1, parallelism: 1 };

const routeOf = (method: string, path: string): ApiRouteName | undefined =>
  (Object.keys(apiRoutes) as ApiRouteName[]).find(
    (r) => apiRoutes[r].method === method && apiRoutes[r].path === path,
  );

/** Keeps the cookies one browser was given, and sends them back as a browser would. */
function cookieJar() {
  const cookies = new Map<string, string>();
  return {
    header: () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
    take(response: Response) {
      for (const line of response.headers.getSetCookie()) {
        const [pair = '', ...attributes] = line.split(';');
        const at = pair.indexOf('=');
        const name = pair.slice(0, at).trim();
        const value = pair.slice(at + 1).trim();
        const isGone = value === '' || attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
        if (isGone) cookies.delete(name);
        else cookies.set(name, value);
      }
    },
  };
}

/**
 * The real server (`@tend/server`'s app on a SQLite file of its own) in this process, reached through
 * `app.request` as each browser's fetch. A test sees what every browser sent, can take the network
 * away, move the server's clock, and look at (or, playing a hostile server, change) what it stores.
 */
export async function serverInProcess() {
  const dir = mkdtempSync(join(tmpdir(), 'tend-web-test-'));
  const state = { isOffline: false, clockOffset: 0 };
  const config = loadConfig({ DATA_DIR: dir, WEB_DIST: join(dir, 'no-web-dist'), COOKIE_SECURE: 'true' });
  const ctx: AppContext = await createContext({
    config,
    database: openSqliteDatabase(join(dir, 'tend.sqlite')),
    logStream: { write: () => undefined },
    hasher: createArgon2idHasher(cheapArgon2id),
    clock: { now: () => Date.now() + state.clockOffset },
  });
  const app = createApp(ctx);
  const seen: SeenRequest[] = [];
  const { db } = ctx.database;

  /** A fetch for one browser, with its own cookies. */
  function browser(): FetchLike {
    const jar = cookieJar();
    return async (input, init) => {
      if (state.isOffline) throw new TypeError('Failed to fetch');
      const url = new URL(input, 'http://localhost');
      const method = init.method ?? 'GET';
      const body = typeof init.body === 'string' ? init.body : '';
      seen.push({ route: routeOf(method, url.pathname), method, body });
      const headers = new Headers(init.headers);
      const cookie = jar.header();
      if (cookie) headers.set('cookie', cookie);
      const env = { incoming: { socket: { remoteAddress: '192.0.2.1' } } };
      const response = await app.request(`${url.pathname}${url.search}`, { ...init, headers }, env);
      jar.take(response);
      return response;
    };
  }

  return {
    seen,
    browser,
    setOffline: (isOffline: boolean) => void (state.isOffline = isOffline),
    /** Moves the server's clock on (invitations expire by it). */
    advanceClock: (ms: number) => void (state.clockOffset += ms),
    /** What the server stores of shares, as a test (or a hostile server) sees it. */
    practice: {
      sharedRecords: (shareId: string) =>
        db
          .selectFrom('shared_records')
          .select(['id', 'version', 'author'])
          .where('share_id', '=', shareId)
          .orderBy('seq')
          .execute(),
      shareRows: () => db.selectFrom('shares').select(['id', 'client_id', 'practitioner_id']).execute(),
      async accessLogOf(clientId: string): Promise<AccessLogEntry[]> {
        const rows = await db
          .selectFrom('access_log')
          .selectAll()
          .where('owner_id', '=', clientId)
          .orderBy('seq')
          .execute();
        return rows.map((r) => ({
          seq: r.seq,
          shareId: r.share_id,
          practitionerId: r.practitioner_id,
          at: r.at,
          recordIds: r.record_ids === '' ? [] : r.record_ids.split(','),
          prevHash: r.prev_hash,
          hash: r.hash,
        }));
      },
      /** Rewrites one entry of a client's access log in place, as a server that hides a fetch would. */
      async tamperAccessLog(clientId: string, seq: number, changes: Partial<AccessLogEntry>) {
        await db
          .updateTable('access_log')
          .set({
            ...(changes.at === undefined ? {} : { at: changes.at }),
            ...(changes.recordIds === undefined ? {} : { record_ids: changes.recordIds.join(',') }),
            ...(changes.hash === undefined ? {} : { hash: changes.hash }),
            ...(changes.prevHash === undefined ? {} : { prev_hash: changes.prevHash }),
          })
          .where('owner_id', '=', clientId)
          .where('seq', '=', seq)
          .execute();
      },
    },
    async close() {
      await ctx.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type ServerInProcess = Awaited<ReturnType<typeof serverInProcess>>;

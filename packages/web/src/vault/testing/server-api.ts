import { onTestFinished } from 'vitest';
import { apiRoutes, csrfHeader, type AccessLogEntry, type ApiRouteName } from '@tend/contract';
import { startInProcess, type InProcessServer } from '@tend/server';
import type { FetchLike } from '../http-client.ts';

/** A request a browser sent: its route (none for a path outside the API), and the body's text. */
export interface SeenRequest {
  readonly route: ApiRouteName | undefined;
  readonly method: string;
  readonly body: string;
  readonly csrf: string | null;
  readonly credentials: RequestCredentials | undefined;
}

const routeOf = (method: string, path: string): ApiRouteName | undefined =>
  (Object.keys(apiRoutes) as ApiRouteName[]).find(
    (name) => apiRoutes[name].method === method && apiRoutes[name].path === path,
  );

/**
 * The real Tend server in this process (its app on a SQLite database of its own), behind `fetch`,
 * for the vault's and the practice's tests: each `browser()` is one browser with its own cookies.
 * Around it only what a test needs to see or break from outside: the requests that went out, the
 * network going away, and the server's stored rows (to play a server that lost sessions, hands out
 * tampered records or hides a fetch from an access log).
 */
export async function createServerApi() {
  const moved = { ms: 0 };
  const server: InProcessServer = await startInProcess({ clock: { now: () => Date.now() + moved.ms } });
  const { store } = server.ctx;
  const { db } = server.ctx.database;
  const seen: SeenRequest[] = [];
  const state = { offline: false };

  /** A fetch for one browser, with its own cookies. */
  function browser(): FetchLike {
    const fetch = server.browser();
    return async (input, init) => {
      if (state.offline) throw new TypeError('Failed to fetch');
      const url = new URL(input, 'http://localhost');
      const method = init.method ?? 'GET';
      const route = routeOf(method, url.pathname);
      const body = typeof init.body === 'string' ? init.body : '';
      const csrf = new Headers(init.headers).get(csrfHeader);
      seen.push({ route, method, body, csrf, credentials: init.credentials });
      return fetch(input, init);
    };
  }

  return {
    browser,
    seen,
    setOffline: (offline: boolean) => void (state.offline = offline),
    /** Moves the server's clock on (sessions and invitations expire by it). */
    advanceClock: (ms: number) => void (moved.ms += ms),
    /** Ends every session, as a server restart with a new secret or an expiry would. */
    async expireSessions() {
      await server.ctx.database.db.deleteFrom('sessions').execute();
    },
    /** The account the server holds under this username, if any. */
    account: (
      username: string,
    ): Promise<{ readonly id: string; readonly recoveryVerifierHash: string } | undefined> =>
      store.accounts.findByUsername(username),
    records: server.records,
    tamper: server.tamper,
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
    close: () => server.close(),
  };
}

export type ServerApi = Awaited<ReturnType<typeof createServerApi>>;

/** A server of its own for the running test, closed when the test ends. */
export async function serverForTest(): Promise<ServerApi> {
  const api = await createServerApi();
  onTestFinished(() => api.close());
  return api;
}

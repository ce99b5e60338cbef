import { onTestFinished } from 'vitest';
import { apiRoutes, csrfHeader, type ApiRouteName } from '@tend/contract';
import { startInProcess, type InProcessServer } from '@tend/server';
import type { FetchLike } from '../http-client.ts';

export interface SeenRequest {
  readonly route: ApiRouteName;
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
 * for the vault's tests: each `browser()` is one browser with its own cookies. Around it only what a
 * test needs to see or break from outside: the requests that went out, the network going away, and
 * the server's stored rows (to play a server that lost sessions or hands out tampered records).
 */
export async function createServerApi() {
  const moved = { ms: 0 };
  const server: InProcessServer = await startInProcess({ clock: { now: () => Date.now() + moved.ms } });
  const { store } = server.ctx;
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
      if (route) seen.push({ route, method, body, csrf, credentials: init.credentials });
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

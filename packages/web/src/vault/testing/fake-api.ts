import {
  apiRoutes,
  ChangePassphraseRequest,
  csrfHeader,
  DeleteAccountRequest,
  LoginParamsRequest,
  LoginRequest,
  NewRecoveryCodeRequest,
  PullQuery,
  PushRequest,
  RecoverRequest,
  SignupRequest,
  type ApiRouteName,
  type KdfParams,
  type KeyBundle,
  type SessionResponse,
} from '@tend/contract';
import { changeFromWire, createModelServer, pullToWire, pushToWire, type ModelServer } from '@tend/sync';
import type { FetchLike } from '../http-client.ts';

interface FakeAccount {
  accountId: string;
  username: string;
  authSecret: string;
  recoveryVerifier: string;
  kdf: KdfParams;
  keys: KeyBundle;
}

/** One simulated browser: its own session cookie. */
interface Browser {
  token: string | null;
}

type Handler = (browser: Browser, body: unknown, url: URL) => Response | Promise<Response>;

const unknownKdf: KdfParams = {
  algorithm: 'argon2id',
  salt: 'AAAAAAAAAAAAAAAAAAAAAA',
  memoryKiB: 65_536,
  iterations: 3,
  parallelism: 1,
};

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const fail = (status: number, code: string) =>
  json(status, { error: { code, message: code, requestId: 'test' } });

/**
 * An in-process stand-in for the Tend API behind `fetch`, for the vault tests: accounts and sessions
 * as ARCHITECTURE.md describes them, and the sync routes on the model server of @tend/sync (the
 * practitioner space's tests use the real server in process: server-in-process.ts).
 * Requests are validated with the contract's schemas, as the real server does.
 */
export function createFakeApi() {
  const sync: ModelServer = createModelServer();
  const accounts = new Map<string, FakeAccount>();
  const sessions = new Map<string, string>();
  const seen: SeenRequest[] = [];
  const state = { offline: false, tokens: 0, clockOffset: 0 };

  const login = (browser: Browser, account: FakeAccount): SessionResponse => {
    state.tokens += 1;
    browser.token = `token-${state.tokens}`;
    sessions.set(browser.token, account.accountId);
    const { accountId, username, kdf, keys } = account;
    return { accountId, username, kdf, keys };
  };
  const accountOf = (browser: Browser): FakeAccount | undefined => {
    const id = browser.token ? sessions.get(browser.token) : undefined;
    return [...accounts.values()].find((a) => a.accountId === id);
  };
  const endSessions = (accountId: string) => {
    for (const [token, id] of sessions) if (id === accountId) sessions.delete(token);
  };
  const authed =
    (
      handler: (
        account: FakeAccount,
        browser: Browser,
        body: unknown,
        url: URL,
      ) => Response | Promise<Response>,
    ): Handler =>
    (browser, body, url) => {
      const account = accountOf(browser);
      return account ? handler(account, browser, body, url) : fail(401, 'unauthorized');
    };

  const handlers: Partial<Record<ApiRouteName, Handler>> = {
    signup(browser, body) {
      const request = SignupRequest.safeParse(body);
      if (!request.success) return fail(400, 'bad_request');
      const { accountId, username } = request.data;
      if (accounts.has(username) || [...accounts.values()].some((a) => a.accountId === accountId)) {
        return fail(409, 'account_unavailable');
      }
      const account: FakeAccount = { ...request.data };
      accounts.set(username, account);
      return json(201, login(browser, account));
    },
    loginParams(_browser, body) {
      const request = LoginParamsRequest.safeParse(body);
      if (!request.success) return fail(400, 'bad_request');
      // Like the real server, an unknown name gets plausible parameters rather than a tell-tale error.
      const kdf = accounts.get(request.data.username)?.kdf ?? { ...unknownKdf };
      return json(200, { kdf });
    },
    login(browser, body) {
      const request = LoginRequest.safeParse(body);
      if (!request.success) return fail(400, 'bad_request');
      const account = accounts.get(request.data.username);
      if (!account || account.authSecret !== request.data.authSecret) return fail(401, 'unauthorized');
      return json(200, login(browser, account));
    },
    session: authed((account, browser) => json(200, login(browser, account))),
    logout(browser) {
      if (browser.token) sessions.delete(browser.token);
      browser.token = null;
      return new Response(null, { status: 204 });
    },
    changePassphrase: authed((account, browser, body) => {
      const request = ChangePassphraseRequest.safeParse(body);
      if (!request.success) return fail(400, 'bad_request');
      if (request.data.currentAuthSecret !== account.authSecret) return fail(401, 'unauthorized');
      Object.assign(account, {
        authSecret: request.data.newAuthSecret,
        kdf: request.data.kdf,
        keys: { ...account.keys, wrappedVaultKey: request.data.wrappedVaultKey },
      });
      endSessions(account.accountId);
      return json(200, login(browser, account));
    }),
    recover(browser, body) {
      const request = RecoverRequest.safeParse(body);
      if (!request.success) return fail(400, 'bad_request');
      const account = accounts.get(request.data.username);
      if (!account || account.recoveryVerifier !== request.data.recoveryVerifier)
        return fail(401, 'unauthorized');
      Object.assign(account, {
        authSecret: request.data.newAuthSecret,
        kdf: request.data.kdf,
        keys: { ...account.keys, wrappedVaultKey: request.data.wrappedVaultKey },
      });
      endSessions(account.accountId);
      return json(200, login(browser, account));
    },
    newRecoveryCode: authed((account, browser, body) => {
      const request = NewRecoveryCodeRequest.safeParse(body);
      if (!request.success) return fail(400, 'bad_request');
      if (request.data.currentAuthSecret !== account.authSecret) return fail(401, 'unauthorized');
      Object.assign(account, {
        recoveryVerifier: request.data.recoveryVerifier,
        keys: { ...account.keys, recoveryWrappedVaultKey: request.data.recoveryWrappedVaultKey },
      });
      endSessions(account.accountId);
      return json(200, login(browser, account));
    }),
    deleteAccount: authed((account, browser, body) => {
      const request = DeleteAccountRequest.safeParse(body);
      if (!request.success) return fail(400, 'bad_request');
      if (request.data.authSecret !== account.authSecret) return fail(401, 'unauthorized');
      accounts.delete(account.username);
      endSessions(account.accountId);
      sync.dropOwner(account.accountId);
      browser.token = null;
      return json(200, {});
    }),
    push: authed((account, _browser, body) => {
      const request = PushRequest.safeParse(body);
      return request.success
        ? json(
            200,
            pushToWire(sync.push(account.accountId, { changes: request.data.changes.map(changeFromWire) })),
          )
        : fail(400, 'bad_request');
    }),
    pull: authed((account, _browser, _body, url) => {
      const query = PullQuery.safeParse(Object.fromEntries(url.searchParams));
      if (!query.success) return fail(400, 'bad_request');
      return json(200, pullToWire(sync.pull(account.accountId, query.data.after, query.data.limit)));
    }),
  };

  const routeOf = (method: string, path: string): ApiRouteName | undefined =>
    (Object.keys(apiRoutes) as ApiRouteName[]).find(
      (r) => apiRoutes[r].method === method && apiRoutes[r].path === path,
    );

  /** A fetch for one browser, with its own session cookie. */
  function browser(): FetchLike {
    const self: Browser = { token: null };
    return async (input, init) => {
      if (state.offline) throw new TypeError('Failed to fetch');
      const url = new URL(input, 'http://127.0.0.1');
      const method = init.method ?? 'GET';
      const route = routeOf(method, url.pathname);
      const headers = new Headers(init.headers);
      const body = typeof init.body === 'string' ? init.body : '';
      if (!route) return fail(404, 'not_found');
      seen.push({ route, method, body, csrf: headers.get(csrfHeader), credentials: init.credentials });
      if (method !== 'GET' && headers.get(csrfHeader) !== '1') return fail(403, 'csrf_rejected');
      const handler = handlers[route];
      if (!handler) return fail(404, 'not_found');
      return handler(self, body ? JSON.parse(body) : undefined, url);
    };
  }

  return {
    sync,
    seen,
    browser,
    setOffline: (offline: boolean) => void (state.offline = offline),
    /** Moves the server's clock on (invitations expire by it). */
    advanceClock: (ms: number) => void (state.clockOffset += ms),
    /** Ends every session, as a server restart with a new secret or an expiry would. */
    expireSessions: () => sessions.clear(),
    account: (username: string) => accounts.get(username),
  };
}

export type FakeApi = ReturnType<typeof createFakeApi>;

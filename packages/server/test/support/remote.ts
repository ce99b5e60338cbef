import { apiRoutes, csrfHeader, csrfHeaderValue, type ApiRouteName } from '@tend/contract';
import { newId, newSignup, randomB64 } from './factories.ts';

/** A person signed up on a server reached over HTTP (a spawned process). */
export interface RemotePerson {
  readonly accountId: string;
  readonly username: string;
  readonly authSecret: string;
  cookie: string;
}

export interface RemoteCall {
  readonly cookie?: string;
  readonly body?: unknown;
  readonly query?: string;
}

/**
 * Calls a route of the contract on the server at `url`, as the web app would, each on a connection of
 * its own: a server whose event loop is busy for a while (PGlite runs PostgreSQL on it) closes idle
 * keep-alive sockets late, and a request sent on one just then is reset, which is not what is tested.
 */
export function callRemote(url: string, name: ApiRouteName, options: RemoteCall = {}): Promise<Response> {
  const route = apiRoutes[name];
  const headers: Record<string, string> = {
    connection: 'close',
    ...(options.cookie ? { cookie: options.cookie } : {}),
  };
  if (route.method !== 'GET')
    Object.assign(headers, { 'content-type': 'application/json', [csrfHeader]: csrfHeaderValue });
  const init: RequestInit = { method: route.method, headers };
  if (route.method !== 'GET') init.body = JSON.stringify(options.body ?? {});
  return fetch(new URL(`${route.path}${options.query ?? ''}`, url), init);
}

const sessionOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .find((line) => /^(__Host-)?tend-session=[^;]/.test(line))
    ?.split(';', 1)[0];

export async function signUpRemote(url: string): Promise<RemotePerson> {
  const request = newSignup();
  const response = await callRemote(url, 'signup', { body: request });
  const cookie = sessionOf(response);
  if (response.status !== 201 || !cookie) throw new Error(`signup answered ${response.status}`);
  return { accountId: request.accountId, username: request.username, authSecret: request.authSecret, cookie };
}

async function expectOk(response: Response, what: string): Promise<Response> {
  if (!response.ok) throw new Error(`${what} answered ${response.status}: ${await response.text()}`);
  return response;
}

/** Makes `practitioner` a practice and connects `client` to it; returns the share id. */
export async function connectRemote(
  url: string,
  client: RemotePerson,
  practitioner: RemotePerson,
): Promise<string> {
  await expectOk(
    await callRemote(url, 'openPractice', {
      cookie: practitioner.cookie,
      body: { authSecret: practitioner.authSecret },
    }),
    'openPractice',
  );
  const lookup = randomB64(32);
  await expectOk(
    await callRemote(url, 'createInvitation', {
      cookie: practitioner.cookie,
      body: { lookup, sealedProfile: randomB64(120) },
    }),
    'createInvitation',
  );
  const shareId = newId();
  const body = {
    lookup,
    shareId,
    sealedShareKey: randomB64(92),
    sealedClientLabel: randomB64(40),
    authSecret: client.authSecret,
  };
  const accepted = await expectOk(
    await callRemote(url, 'acceptInvitation', { cookie: client.cookie, body }),
    'accept',
  );
  return ((await accepted.json()) as { shareId: string }).shareId;
}

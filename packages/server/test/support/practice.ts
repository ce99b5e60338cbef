import {
  AccessLogResponse,
  ShareRecordsResponse,
  SharesResponse,
  WriteSharedResponse,
  apiRoutes,
  type ApiRouteName,
  type SharedChange,
  type SharedRecord,
  type SharedWriteResult,
} from '@tend/contract';
import { newId, randomB64 } from './factories.ts';
import type { CallOptions, SignedUp, TestServer } from './test-server.ts';

/** Calls a route by its name in the contract; `query` is appended to the path as it is. */
export function callRoute(
  server: TestServer,
  name: ApiRouteName,
  options: CallOptions & { readonly query?: string } = {},
): Promise<Response> {
  const { query = '', ...rest } = options;
  return server.call(apiRoutes[name].method, `${apiRoutes[name].path}${query}`, rest);
}

/** What a practitioner's app sends for a new invitation: random lookup bytes and a sealed-looking profile. */
export const newInvitationRequest = () => ({ lookup: randomB64(32), sealedProfile: randomB64(120) });

export function acceptRequest(lookup: string, client: SignedUp, shareId = newId()) {
  return {
    lookup,
    shareId,
    sealedShareKey: randomB64(92),
    sealedClientLabel: randomB64(40),
    authSecret: client.request.authSecret,
  };
}

async function expectStatus(response: Response, status: number, what: string): Promise<Response> {
  if (response.status !== status) {
    throw new Error(`${what} answered ${response.status}: ${await response.text()}`);
  }
  return response;
}

/** The code of an error answer. */
export const errorCode = async (response: Response) =>
  ((await response.json()) as { error: { code: string } }).error.code;

export async function openPractice(server: TestServer, person: SignedUp): Promise<void> {
  const response = await callRoute(server, 'openPractice', {
    cookie: person.cookie,
    body: { authSecret: person.request.authSecret },
  });
  await expectStatus(response, 204, 'openPractice');
}

/** A new account that has opened a practice. */
export async function signUpPractitioner(server: TestServer): Promise<SignedUp> {
  const person = await server.signUp();
  await openPractice(server, person);
  return person;
}

/** Creates an invitation from the practitioner; returns its lookup (what the code derives). */
export async function invite(server: TestServer, practitioner: SignedUp): Promise<string> {
  const request = newInvitationRequest();
  const response = await callRoute(server, 'createInvitation', {
    cookie: practitioner.cookie,
    body: request,
  });
  await expectStatus(response, 201, 'createInvitation');
  return request.lookup;
}

/** Invites and accepts: the client is connected to the practitioner. Returns the share id. */
export async function connect(server: TestServer, client: SignedUp, practitioner: SignedUp): Promise<string> {
  const body = acceptRequest(await invite(server, practitioner), client);
  const response = await callRoute(server, 'acceptInvitation', { cookie: client.cookie, body });
  await expectStatus(response, 201, 'acceptInvitation');
  return body.shareId;
}

/** Writes shared records as the caller; returns the answer's results. */
export async function writeShared(
  server: TestServer,
  cookie: string,
  shareId: string,
  changes: SharedChange[],
): Promise<SharedWriteResult[]> {
  const response = await callRoute(server, 'writeShared', { cookie, body: { shareId, changes } });
  await expectStatus(response, 200, 'writeShared');
  return WriteSharedResponse.parse(await response.json()).results;
}

export async function listShares(server: TestServer, person: SignedUp): Promise<SharesResponse> {
  const response = await callRoute(server, 'shares', { cookie: person.cookie });
  await expectStatus(response, 200, 'shares');
  return SharesResponse.parse(await response.json());
}

/** One page of the share's records after `after`. */
export async function fetchPage(
  server: TestServer,
  person: SignedUp,
  shareId: string,
  after = 0,
): Promise<ShareRecordsResponse> {
  const response = await callRoute(server, 'shareRecords', {
    cookie: person.cookie,
    query: `?shareId=${shareId}&after=${after}`,
  });
  await expectStatus(response, 200, 'shareRecords');
  return ShareRecordsResponse.parse(await response.json());
}

/** Every record of the share, following the cursor page by page (each page is a fetch). */
export async function fetchRecords(
  server: TestServer,
  person: SignedUp,
  shareId: string,
): Promise<SharedRecord[]> {
  const records: SharedRecord[] = [];
  let after = 0;
  for (;;) {
    const page = await fetchPage(server, person, shareId, after);
    records.push(...page.records);
    if (!page.hasMore) return records;
    after = page.cursor;
  }
}

export async function readAccessLog(
  server: TestServer,
  person: SignedUp,
  query = '',
): Promise<AccessLogResponse> {
  const response = await callRoute(server, 'accessLog', { cookie: person.cookie, query });
  await expectStatus(response, 200, 'accessLog');
  return AccessLogResponse.parse(await response.json());
}

import { apiRoutes, type ApiRouteName, type SessionResponse, type SignupRequest } from '@tend/contract';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from './support/databases.ts';
import { newCiphertext, newId, newKdf, newSignup, randomB64 } from './support/factories.ts';
import {
  acceptRequest,
  callRoute,
  connect,
  invite,
  newInvitationRequest,
  openPractice,
  writeShared,
} from './support/practice.ts';
import { createTestServer, sessionCookieOf, type TestServer } from './support/test-server.ts';

/**
 * Every route of the contract × every role, asking one question: does the request reach or change
 * the client's data? Share-scoped refusals must look exactly like a share that does not exist.
 */
const roles = [
  'anonymous',
  'otherPerson',
  'practitioner',
  'practitionerWithoutShare',
  'revokedPractitioner',
  // Last: the owner's cells change the fixture most (and deleteAccount ends it).
  'owner',
] as const;
type Role = (typeof roles)[number];
type Person = { cookie: string; readonly request: SignupRequest; readonly session: SessionResponse };

interface Fixture {
  readonly server: TestServer;
  readonly people: Readonly<Record<Exclude<Role, 'anonymous'>, Person>>;
  /** The live share between the owner (client) and the practitioner; replaced when a cell ends it. */
  shareId: string;
  sharedRecordIds: string[];
  /** The share the revoked practitioner had with the owner, ended by the owner. */
  readonly endedShareId: string;
  readonly clientRecordId: string;
  /** An open invitation of the practitioner's. */
  readonly lookup: string;
}

interface Request {
  readonly query?: string;
  readonly body?: unknown;
  readonly cookie?: string;
}

interface Row {
  /** The roles whose request reaches or changes the client's data (public routes: every role). */
  readonly allowed: readonly Role[];
  /**
   * How a signed-in role that is not allowed is answered: `not-found` as for a share that does not
   * exist (share-scoped data), `unauthorized` (the client's secret does not work from another
   * session), or `own-data` (a self-scoped route: it answers, with the caller's own data only).
   */
  readonly refusal: 'not-found' | 'unauthorized' | 'own-data';
  /** The request a role sends; `shareId` is the share it aims at. */
  request(f: Fixture, role: Role, shareId: string): Request | Promise<Request>;
  /** For an allowed cell: checks the client's data was reached, and puts the fixture back if needed. */
  reached?(f: Fixture, response: Response, body: unknown): void | Promise<void>;
}

const cookieOf = (f: Fixture, role: Role) => (role === 'anonymous' ? undefined : f.people[role].cookie);
const client = (f: Fixture) => f.people.owner;
const withCookie = (f: Fixture, role: Role, request: Omit<Request, 'cookie'>): Request => {
  const cookie = cookieOf(f, role);
  return cookie === undefined ? request : { ...request, cookie };
};
/** The client's own secret when it is the client, else the client's secret sent from another session. */
const clientSecret = (f: Fixture) => client(f).request.authSecret;

async function bodyOf(response: Response): Promise<unknown> {
  const text = await response.text();
  return text === '' ? null : (JSON.parse(text) as unknown);
}

/** Sign-ins end or rotate sessions: the owner carries on with the one the answer sets. */
function adoptCookie(f: Fixture, response: Response): void {
  const cookie = sessionCookieOf(response);
  if (!cookie) throw new Error('the answer set no session cookie');
  client(f).cookie = cookie;
}

/** A second session of a role, for cells that end the session they use. */
async function spareSession(f: Fixture, role: Role): Promise<string | undefined> {
  if (role === 'anonymous') return undefined;
  const { username, authSecret } = f.people[role].request;
  const response = await callRoute(f.server, 'login', { body: { username, authSecret } });
  const cookie = sessionCookieOf(response);
  if (!cookie) throw new Error(`login as ${role} failed with ${response.status}`);
  return cookie;
}

async function sharesOfClient(f: Fixture) {
  const response = await callRoute(f.server, 'shares', { cookie: client(f).cookie });
  return (await response.json()) as { asClient: { shareId: string }[]; isPractitioner: boolean };
}

/** A new live share between the owner and the practitioner, with records from both sides. */
async function reconnect(f: Fixture): Promise<void> {
  const { owner, practitioner } = f.people;
  f.shareId = await connect(f.server, owner, practitioner);
  const records = [newId(), newId(), newId()].map((id) => ({
    id,
    baseVersion: 0,
    ciphertext: newCiphertext(),
  }));
  await writeShared(f.server, owner.cookie, f.shareId, records.slice(0, 2));
  await writeShared(f.server, practitioner.cookie, f.shareId, records.slice(2));
  f.sharedRecordIds = records.map((record) => record.id);
}

const everyone = roles;
const signedIn = roles.filter((role) => role !== 'anonymous');
const practitioners: readonly Role[] = ['practitioner', 'practitionerWithoutShare', 'revokedPractitioner'];

const matrix: Partial<Record<ApiRouteName, Row>> = {
  health: { allowed: everyone, refusal: 'own-data', request: (f, role) => withCookie(f, role, {}) },
  signup: {
    allowed: everyone,
    refusal: 'own-data',
    request: (f, role) => withCookie(f, role, { body: newSignup() }),
  },
  loginParams: {
    allowed: everyone,
    refusal: 'own-data',
    request: (f, role) => withCookie(f, role, { body: { username: client(f).request.username } }),
  },
  login: {
    allowed: ['owner'],
    refusal: 'unauthorized',
    request: (f, role) =>
      withCookie(f, role, {
        body: {
          username: client(f).request.username,
          authSecret: role === 'owner' ? clientSecret(f) : randomB64(32),
        },
      }),
    reached(f, response, body) {
      expect((body as SessionResponse).accountId).toBe(client(f).session.accountId);
      adoptCookie(f, response);
    },
  },
  session: {
    allowed: ['owner'],
    refusal: 'own-data',
    request: (f, role) => withCookie(f, role, {}),
    reached: (f, _, body) => expect((body as SessionResponse).accountId).toBe(client(f).session.accountId),
  },
  logout: {
    allowed: ['owner'],
    refusal: 'own-data',
    async request(f, role) {
      const cookie = await spareSession(f, role);
      return cookie === undefined ? {} : { cookie, body: {} };
    },
    async reached(f) {
      // The owner's spare session ended; the one the fixture uses did not.
      const response = await callRoute(f.server, 'session', { cookie: client(f).cookie });
      expect(response.status).toBe(200);
    },
  },
  changePassphrase: {
    allowed: ['owner'],
    refusal: 'unauthorized',
    request: (f, role) =>
      withCookie(f, role, {
        body: {
          currentAuthSecret: clientSecret(f),
          // The same secret again: the fixture keeps working, the rule is what is tested.
          newAuthSecret: clientSecret(f),
          kdf: newKdf(),
          wrappedVaultKey: randomB64(60),
        },
      }),
    reached: (f, response) => adoptCookie(f, response),
  },
  recover: {
    allowed: ['owner'],
    refusal: 'unauthorized',
    request: (f, role) =>
      withCookie(f, role, {
        body: {
          username: client(f).request.username,
          recoveryVerifier: role === 'owner' ? client(f).request.recoveryVerifier : randomB64(32),
          newAuthSecret: clientSecret(f),
          kdf: newKdf(),
          wrappedVaultKey: randomB64(60),
        },
      }),
    reached: (f, response) => adoptCookie(f, response),
  },
  newRecoveryCode: {
    allowed: ['owner'],
    refusal: 'unauthorized',
    request: (f, role) =>
      withCookie(f, role, {
        body: {
          currentAuthSecret: clientSecret(f),
          // The same verifier again: the recover cell keeps working, the rule is what is tested.
          recoveryVerifier: client(f).request.recoveryVerifier,
          recoveryWrappedVaultKey: client(f).request.keys.recoveryWrappedVaultKey,
        },
      }),
    reached: (f, response) => adoptCookie(f, response),
  },
  deleteAccount: {
    allowed: ['owner'],
    refusal: 'unauthorized',
    request: (f, role) => withCookie(f, role, { body: { authSecret: clientSecret(f) } }),
    async reached(f) {
      expect((await callRoute(f.server, 'session', { cookie: client(f).cookie })).status).toBe(401);
    },
  },
  push: {
    allowed: ['owner'],
    refusal: 'own-data',
    request: (f, role) =>
      withCookie(f, role, {
        body: { changes: [{ id: newId(), baseVersion: 0, ciphertext: newCiphertext() }] },
      }),
    reached: (_, __, body) => expect(body).toMatchObject({ results: [{ status: 'accepted' }] }),
  },
  pull: {
    allowed: ['owner'],
    refusal: 'own-data',
    request: (f, role) => withCookie(f, role, {}),
    reached: (f, _, body) => expect(JSON.stringify(body)).toContain(f.clientRecordId),
  },
  openPractice: {
    allowed: ['owner'],
    refusal: 'unauthorized',
    request: (f, role) => withCookie(f, role, { body: { authSecret: clientSecret(f) } }),
    async reached(f) {
      expect((await sharesOfClient(f)).isPractitioner).toBe(true);
      // Put the owner back as a client only, so the cells of createInvitation do not depend on order.
      await sql`update accounts set is_practitioner = 0 where id = ${client(f).session.accountId}`.execute(
        f.server.ctx.database.db,
      );
    },
  },
  createInvitation: {
    allowed: practitioners,
    refusal: 'not-found',
    request: (f, role) => withCookie(f, role, { body: newInvitationRequest() }),
  },
  readInvitation: {
    allowed: signedIn,
    refusal: 'not-found',
    request: (f, role) => withCookie(f, role, { body: { lookup: f.lookup } }),
  },
  acceptInvitation: {
    allowed: ['owner'],
    refusal: 'unauthorized',
    async request(f, role) {
      // From a practitioner the owner has no share with yet, made for this cell.
      const someone = await f.server.signUp();
      await openPractice(f.server, someone);
      const body = acceptRequest(await invite(f.server, someone), client(f));
      return withCookie(f, role, { body });
    },
    async reached(f, _, body) {
      const { shareId } = body as { shareId: string };
      expect((await sharesOfClient(f)).asClient.map((share) => share.shareId)).toContain(shareId);
      await callRoute(f.server, 'endShare', { cookie: client(f).cookie, body: { shareId } });
    },
  },
  shares: {
    allowed: ['owner', 'practitioner'],
    refusal: 'own-data',
    request: (f, role) => withCookie(f, role, {}),
    reached: (f, _, body) => expect(JSON.stringify(body)).toContain(f.shareId),
  },
  relabelShare: {
    allowed: ['owner'],
    refusal: 'not-found',
    request: (f, role, shareId) =>
      withCookie(f, role, { body: { shareId, sealedClientLabel: randomB64(40) } }),
  },
  endShare: {
    allowed: ['owner', 'practitioner'],
    refusal: 'not-found',
    request: (f, role, shareId) => withCookie(f, role, { body: { shareId } }),
    async reached(f) {
      expect((await sharesOfClient(f)).asClient.map((share) => share.shareId)).not.toContain(f.shareId);
      await reconnect(f);
    },
  },
  shareRecords: {
    allowed: ['owner', 'practitioner'],
    refusal: 'not-found',
    request: (f, role, shareId) => withCookie(f, role, { query: `?shareId=${shareId}` }),
    reached: (f, _, body) =>
      expect((body as { records: { id: string }[] }).records.map((record) => record.id)).toEqual(
        expect.arrayContaining(f.sharedRecordIds),
      ),
  },
  writeShared: {
    allowed: ['owner', 'practitioner'],
    refusal: 'not-found',
    request: (f, role, shareId) =>
      withCookie(f, role, {
        body: { shareId, changes: [{ id: newId(), baseVersion: 0, ciphertext: newCiphertext() }] },
      }),
    reached: (_, __, body) => expect(body).toMatchObject({ results: [{ status: 'accepted' }] }),
  },
  accessLog: {
    allowed: ['owner'],
    refusal: 'own-data',
    request: (f, role) => withCookie(f, role, {}),
    reached: (f, _, body) => expect(JSON.stringify(body)).toContain(f.endedShareId),
  },
};

async function buildFixture(database: TestDatabase): Promise<Fixture> {
  const generous = { limit: 10_000, windowMs: 60_000 };
  const server = await createTestServer({
    database,
    cheapHashing: true,
    limits: {
      loginPerUsername: generous,
      loginPerAddress: generous,
      recoverPerUsername: generous,
      recoverPerAddress: generous,
      signupPerAddress: generous,
      reauthPerAccount: generous,
    },
  });
  const person = async (isPractitioner: boolean): Promise<Person> => {
    const signedUp = await server.signUp();
    if (isPractitioner) await openPractice(server, signedUp);
    return { ...signedUp };
  };
  const people = {
    owner: await person(false),
    otherPerson: await person(false),
    practitioner: await person(true),
    practitionerWithoutShare: await person(true),
    revokedPractitioner: await person(true),
  };
  const clientRecordId = newId();
  await callRoute(server, 'push', {
    cookie: people.owner.cookie,
    body: { changes: [{ id: clientRecordId, baseVersion: 0, ciphertext: newCiphertext() }] },
  });
  const endedShareId = await connect(server, people.owner, people.revokedPractitioner);
  await writeShared(server, people.owner.cookie, endedShareId, [
    { id: newId(), baseVersion: 0, ciphertext: newCiphertext() },
  ]);
  const query = `?shareId=${endedShareId}`;
  await callRoute(server, 'shareRecords', { cookie: people.revokedPractitioner.cookie, query });
  await callRoute(server, 'endShare', { cookie: people.owner.cookie, body: { shareId: endedShareId } });
  const f: Fixture = {
    server,
    people,
    shareId: '',
    sharedRecordIds: [],
    endedShareId,
    clientRecordId,
    lookup: await invite(server, people.practitioner),
  };
  await reconnect(f);
  return f;
}

/** Everything of the client's the server would show them or their practitioner. */
async function clientSnapshot(f: Fixture): Promise<unknown[]> {
  const asClient = { cookie: client(f).cookie };
  const shareQuery = `?shareId=${f.shareId}`;
  return Promise.all(
    [
      callRoute(f.server, 'session', asClient),
      callRoute(f.server, 'pull', asClient),
      callRoute(f.server, 'shares', asClient),
      callRoute(f.server, 'shareRecords', { ...asClient, query: shareQuery }),
      callRoute(f.server, 'accessLog', asClient),
      callRoute(f.server, 'shares', { cookie: f.people.practitioner.cookie }),
    ].map(async (response) => bodyOf(await response)),
  );
}

/** Strings that would show the client's data in someone else's answer. */
const clientMarks = (f: Fixture) => [
  client(f).session.accountId,
  client(f).request.username,
  f.clientRecordId,
  f.shareId,
  f.endedShareId,
  ...f.sharedRecordIds,
];

const withoutRequestId = (body: unknown) => {
  const error = (body as { error?: Record<string, unknown> } | null)?.error;
  return error ? { error: { ...error, requestId: null } } : body;
};

async function checkCell(f: Fixture, name: ApiRouteName, row: Row, role: Role): Promise<void> {
  const send = async (request: Request) => {
    const response = await callRoute(f.server, name, request);
    return { response, body: await bodyOf(response) };
  };
  const target = role === 'revokedPractitioner' ? f.endedShareId : f.shareId;
  const before = row.allowed.includes(role) ? null : await clientSnapshot(f);
  const { response, body } = await send(await row.request(f, role, target));
  const cell = `${name} as ${role}: ${response.status} ${JSON.stringify(body)}`;

  if (before === null) {
    expect(response.ok, cell).toBe(true);
    await row.reached?.(f, response, body);
    return;
  }
  if (role === 'anonymous' || row.refusal === 'unauthorized') {
    expect([response.status, withoutRequestId(body)], cell).toMatchObject([
      401,
      { error: { code: 'unauthorized' } },
    ]);
  } else if (row.refusal === 'not-found') {
    const missing = await send(await row.request(f, role, newId()));
    expect(response.status, cell).toBe(404);
    expect(withoutRequestId(body), cell).toEqual(withoutRequestId(missing.body));
    expect(missing.response.status).toBe(404);
  } else {
    expect(response.ok, cell).toBe(true);
    for (const mark of clientMarks(f)) expect(JSON.stringify(body), cell).not.toContain(mark);
  }
  expect(await clientSnapshot(f), `${name} as ${role} changed the client's data`).toEqual(before);
}

const routeNames = Object.keys(apiRoutes) as ApiRouteName[];

describe('the access matrix', () => {
  it('has a row for every route in the contract, and only for those', () => {
    const missing = routeNames.filter((name) => !(name in matrix));
    expect(missing, `routes with no row in the access matrix: ${missing.join(', ')}`).toEqual([]);
    expect(Object.keys(matrix).filter((name) => !(name in apiRoutes))).toEqual([]);
  });
});

describe.each(testDatabases())('access matrix on $name', (database) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await buildFixture(database);
  });
  afterAll(() => f.server.close());

  // deleteAccount ends the owner: it runs last.
  const order = [...routeNames.filter((name) => name !== 'deleteAccount'), 'deleteAccount' as const];
  describe.each(order)('%s', (name) => {
    it.each(roles)('as %s', async (role) => {
      const row = matrix[name];
      if (!row) throw new Error(`The route ${name} is in apiRoutes but has no row in the access matrix.`);
      await checkCell(f, name, row, role);
    });
  });
});

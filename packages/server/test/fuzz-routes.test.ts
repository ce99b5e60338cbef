import { apiRoutes, errorCodes, errorStatus, type ApiRouteName } from '@tend/contract';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from './support/databases.ts';
import { bigIntegers, bytesB64, fieldOr, headerText, hostileText, rawBody } from './support/hostile.ts';
import { connect, invite, openPractice } from './support/practice.ts';
import { createTestServer, type TestServer } from './support/test-server.ts';

const username = fc.stringMatching(/^[a-z0-9._-]{3,24}$/);
const id = fc.uuid({ version: 7 });
const kdf = fc.record({
  algorithm: fieldOr(fc.constant('argon2id')),
  salt: fieldOr(bytesB64(16)),
  memoryKiB: fieldOr(fc.constant(65_536)),
  iterations: fieldOr(fc.integer({ min: 3, max: 20 })),
  parallelism: fieldOr(fc.integer({ min: 1, max: 8 })),
});
const keys = fc.record({
  wrappedVaultKey: fieldOr(bytesB64(40, 90)),
  recoveryWrappedVaultKey: fieldOr(bytesB64(40, 90)),
  sealedSharingPrivateKey: fieldOr(bytesB64(40, 90)),
  sharingPublicKey: fieldOr(bytesB64(32)),
});
const version = fc.oneof({ arbitrary: fc.nat(4), weight: 4 }, { arbitrary: bigIntegers(), weight: 1 });
const change = fc.oneof(
  fc.record({ id: fieldOr(id), baseVersion: fieldOr(version), ciphertext: fieldOr(bytesB64(28, 200)) }),
  fc.record({ id: fieldOr(id), baseVersion: fieldOr(version), deleted: fieldOr(fc.constant(true)) }),
);
const cursor = fc.oneof({ arbitrary: fc.nat(50), weight: 4 }, { arbitrary: bigIntegers(), weight: 1 });

/** Ids and lookups the fuzzed account really has (filled in before the runs), so requests get past the lookups. */
const known = { shareIds: [] as string[], lookups: [] as string[] };
const pick = (values: readonly string[], fallback: fc.Arbitrary<string>) =>
  fc.oneof(
    fallback,
    fc.nat().map((i) => values[i % Math.max(values.length, 1)] ?? ''),
  );
const shareId = pick(known.shareIds, id);
const lookup = pick(known.lookups, bytesB64(32));

/** Bodies shaped like each route's contract, with hostile values mixed in, to reach past validation. */
const shapedBodies: Partial<Record<ApiRouteName, fc.Arbitrary<unknown>>> = {
  signup: fc.record({
    accountId: fieldOr(id),
    username: fieldOr(username),
    authSecret: fieldOr(bytesB64(32)),
    recoveryVerifier: fieldOr(bytesB64(32)),
    kdf: fieldOr(kdf),
    keys: fieldOr(keys),
  }),
  loginParams: fc.record({ username: fieldOr(username) }),
  login: fc.record({ username: fieldOr(username), authSecret: fieldOr(bytesB64(32)) }),
  changePassphrase: fc.record({
    currentAuthSecret: fieldOr(bytesB64(32)),
    newAuthSecret: fieldOr(bytesB64(32)),
    kdf: fieldOr(kdf),
    wrappedVaultKey: fieldOr(bytesB64(40, 90)),
  }),
  recover: fc.record({
    username: fieldOr(username),
    recoveryVerifier: fieldOr(bytesB64(32)),
    newAuthSecret: fieldOr(bytesB64(32)),
    kdf: fieldOr(kdf),
    wrappedVaultKey: fieldOr(bytesB64(40, 90)),
  }),
  newRecoveryCode: fc.record({
    currentAuthSecret: fieldOr(bytesB64(32)),
    recoveryVerifier: fieldOr(bytesB64(32)),
    recoveryWrappedVaultKey: fieldOr(bytesB64(40, 90)),
  }),
  deleteAccount: fc.record({ authSecret: fieldOr(bytesB64(32)) }),
  push: fc.record({ changes: fieldOr(fc.array(change, { minLength: 1, maxLength: 4 })) }),
  openPractice: fc.record({ authSecret: fieldOr(bytesB64(32)) }),
  createInvitation: fc.record({ lookup: fieldOr(bytesB64(32)), sealedProfile: fieldOr(bytesB64(28, 300)) }),
  readInvitation: fc.record({ lookup: fieldOr(lookup) }),
  acceptInvitation: fc.record({
    lookup: fieldOr(lookup),
    shareId: fieldOr(fc.oneof(id, shareId)),
    sealedShareKey: fieldOr(bytesB64(60, 120)),
    sealedClientLabel: fieldOr(bytesB64(28, 100)),
    authSecret: fieldOr(bytesB64(32)),
  }),
  relabelShare: fc.record({ shareId: fieldOr(shareId), sealedClientLabel: fieldOr(bytesB64(28, 100)) }),
  // Random ids only: ending the known shares would leave the routes after it nothing to reach.
  endShare: fc.record({ shareId: fieldOr(id) }),
  writeShared: fc.record({
    shareId: fieldOr(shareId),
    changes: fieldOr(fc.array(change, { minLength: 1, maxLength: 4 })),
  }),
};

/** Percent-encodes any value; lone surrogates (which URLs cannot carry) become U+FFFD. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const encode = (value: unknown) =>
  encodeURIComponent(
    (typeof value === 'string' ? value : (JSON.stringify(value) ?? '')).replace(loneSurrogate, '\uFFFD'),
  );

/** Queries shaped like a route's own parameters. */
const shapedQueries: Partial<Record<ApiRouteName, fc.Arbitrary<string>>> = {
  shareRecords: fc
    .record({ shareId: fieldOr(shareId), after: fieldOr(cursor) })
    .map(({ shareId: value, after }) => `?shareId=${encode(value)}&after=${encode(after)}`),
  accessLog: fieldOr(cursor).map((after) => `?after=${encode(after)}`),
};

const genericQuery = fc.oneof(
  fc.constant(''),
  fc
    .record({ after: fieldOr(cursor), limit: fieldOr(fc.integer({ min: 1, max: 500 })) })
    .map(({ after, limit }) => `?after=${encode(after)}&limit=${encode(limit)}`),
  fc.stringMatching(/^[a-z0-9%=&._~+;-]{0,40}$/).map((text) => `?${text}`),
  hostileText.map((text) => `?after=${encode(text)}`),
);

const methods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** Every answer: below 500, no stack trace, and for the API a JSON error with a code from the table. */
async function expectCleanAnswer(response: Response, method: string): Promise<void> {
  expect(response.status).toBeLessThan(500);
  if (method === 'HEAD' || response.status === 204) return;
  const text = await response.text();
  expect(text).not.toMatch(/\n\s+at |node:internal|\.ts:\d+|\w*Error:/);
  expect(response.headers.get('content-type')).toContain('application/json');
  const body = JSON.parse(text) as { error?: { code: string; message: unknown; requestId: unknown } };
  if (response.status < 400) return;
  expect(errorCodes).toContain(body.error?.code);
  expect(errorStatus[body.error?.code as keyof typeof errorStatus]).toBe(response.status);
  expect(typeof body.error?.message).toBe('string');
  expect(body.error?.requestId).toBe(response.headers.get('x-request-id'));
}

/**
 * Runs per route: SQLite takes the most, the PostgreSQL databases fewer (each request costs more
 * there), so `npm test` stays bounded; PostgreSQL is where a number past a column used to be a 500.
 */
const runsOn = { sqlite: 150, pglite: 40, postgres: 40 } as const;

describe.each(testDatabases())('fuzzing every API route on $name', (database) => {
  let server: TestServer;
  let cookie: string;
  beforeAll(async () => {
    known.shareIds.length = 0;
    known.lookups.length = 0;
    server = await createTestServer({ database, cheapHashing: true });
    const me = await server.signUp();
    cookie = me.cookie;
    // The fuzzed account is a practitioner with a client, and a client of another practitioner.
    const [partner, client] = [await server.signUp(), await server.signUp()];
    for (const person of [me, partner]) await openPractice(server, person);
    known.shareIds.push(await connect(server, me, partner), await connect(server, client, me));
    known.lookups.push(await invite(server, partner), await invite(server, me));
  });
  afterAll(() => server.close());

  const routeNames = Object.keys(apiRoutes) as ApiRouteName[];

  it.each(routeNames)('%s never fails with 5xx or leaks a stack trace', async (name) => {
    const route = apiRoutes[name];
    const body = fc.oneof(
      { arbitrary: rawBody, weight: 2 },
      { arbitrary: (shapedBodies[name] ?? fc.jsonValue()).map((value) => JSON.stringify(value)), weight: 3 },
      { arbitrary: fc.constant(undefined), weight: 1 },
    );
    // Logging out with the shared session would end it for the runs after; other routes may use it.
    const cookies = fc.oneof(
      ...(name === 'logout' ? [] : [fc.constant(cookie)]),
      fc.constant(undefined),
      headerText.map((text) => `__Host-tend-session=${text}`),
    );
    const request = fc.record({
      method: fc.oneof(
        { arbitrary: fc.constant(route.method), weight: 4 },
        { arbitrary: fc.constantFrom(...methods), weight: 1 },
      ),
      query: fc.oneof(genericQuery, shapedQueries[name] ?? genericQuery),
      body,
      contentType: fc.oneof(
        { arbitrary: fc.constant('application/json'), weight: 4 },
        { arbitrary: fc.option(headerText, { nil: undefined }), weight: 1 },
      ),
      csrf: fc.oneof(
        { arbitrary: fc.constant('1'), weight: 4 },
        { arbitrary: fc.option(headerText, { nil: undefined }), weight: 1 },
      ),
      origin: fc.oneof(
        { arbitrary: fc.constant(undefined), weight: 3 },
        { arbitrary: fc.constant('http://localhost'), weight: 2 },
        { arbitrary: headerText, weight: 1 },
      ),
      fetchSite: fc.oneof(
        { arbitrary: fc.constant(undefined), weight: 4 },
        { arbitrary: fc.constantFrom('same-origin', 'same-site', 'cross-site', 'none'), weight: 1 },
      ),
      cookie: cookies,
      address: fc.ipV4(),
    });
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const headers: Record<string, string> = {};
        if (r.contentType !== undefined) headers['content-type'] = r.contentType;
        if (r.csrf !== undefined) headers['x-tend-request'] = r.csrf;
        if (r.origin !== undefined) headers['origin'] = r.origin;
        if (r.fetchSite !== undefined) headers['sec-fetch-site'] = r.fetchSite;
        const sendsBody = r.body !== undefined && r.method !== 'GET' && r.method !== 'HEAD';
        const response = await server.call(r.method, `${route.path}${r.query}`, {
          headers,
          csrf: false,
          address: r.address,
          ...(r.cookie === undefined ? {} : { cookie: r.cookie }),
          ...(sendsBody && r.body !== undefined ? { rawBody: r.body } : {}),
        });
        await expectCleanAnswer(response, r.method);
      }),
      { numRuns: runsOn[database.name] },
    );
  });

  it('answers any other path under /api with JSON 404 or 405, never 5xx', async () => {
    const segment = fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9._~%-]{1,20}$/),
      fc.constantFrom('..', '%2e%2e', '%', '%zz', 'v1', 'auth'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(segment, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(...methods),
        async (parts, method) => {
          const path = `/api/${parts.join('/')}`;
          // Dot segments that climb out of /api are the static web's business, not the API's.
          fc.pre(new URL(path, 'http://localhost').pathname.startsWith('/api/'));
          const response = await server.call(
            method,
            path,
            method === 'GET' || method === 'HEAD' ? {} : { rawBody: '{}' },
          );
          await expectCleanAnswer(response, method);
        },
      ),
      { numRuns: runsOn[database.name] },
    );
  });
});

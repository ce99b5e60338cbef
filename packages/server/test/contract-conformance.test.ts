import { ApiErrorBody, apiRoutes, errorStatus, type ApiRouteName } from '@tend/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from './support/databases.ts';
import { newCiphertext, newId, newKdf, randomB64 } from './support/factories.ts';
import { acceptRequest, callRoute, invite, signUpPractitioner } from './support/practice.ts';
import type { CallOptions } from './support/test-server.ts';
import { createTestServer, sessionCookieOf, type TestServer } from './support/test-server.ts';

describe.each(testDatabases())('every route answers as the contract says on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer({ database, cheapHashing: true });
  });
  afterAll(() => server.close());

  const answered = new Set<ApiRouteName>();

  /** Calls the route and holds its success to the route's status and response schema. */
  async function ok(name: ApiRouteName, options: CallOptions & { readonly query?: string } = {}) {
    const response = await callRoute(server, name, options);
    const route = apiRoutes[name];
    const text = await response.text();
    expect(response.status, `${name}: ${text}`).toBe(route.status);
    answered.add(name);
    if (route.response === null) {
      expect(text).toBe('');
      return { response, body: undefined };
    }
    const body: unknown = JSON.parse(text);
    expect(route.response.safeParse(body).error).toBeUndefined();
    return { response, body };
  }

  it('answers every route with its status and response schema', async () => {
    await ok('health');
    const person = await server.signUp();
    const { authSecret, username } = person.request;
    const cookie = person.cookie;
    await ok('loginParams', { body: { username } });
    await ok('login', { body: { username, authSecret } });
    await ok('session', { cookie });
    const id = newId();
    await ok('push', { cookie, body: { changes: [{ id, baseVersion: 0, ciphertext: newCiphertext() }] } });
    await ok('push', { cookie, body: { changes: [{ id, baseVersion: 1, deleted: true }] } });
    await ok('pull', { cookie, query: '?after=0&limit=10' });

    const practitioner = await signUpPractitioner(server);
    answered.add('openPractice');
    const lookup = await invite(server, practitioner);
    answered.add('createInvitation');
    await ok('readInvitation', { cookie, body: { lookup } });
    const accept = acceptRequest(lookup, person);
    await ok('acceptInvitation', { cookie, body: accept });
    const { shareId } = accept;
    await ok('shares', { cookie: practitioner.cookie });
    await ok('relabelShare', { cookie, body: { shareId, sealedClientLabel: randomB64(40) } });
    const change = { id: newId(), baseVersion: 0, ciphertext: newCiphertext() };
    await ok('writeShared', { cookie, body: { shareId, changes: [change] } });
    await ok('shareRecords', { cookie: practitioner.cookie, query: `?shareId=${shareId}` });
    await ok('accessLog', { cookie, query: '?after=0' });
    await ok('endShare', { cookie, body: { shareId } });

    const newSecret = randomB64(32);
    const changed = await ok('changePassphrase', {
      cookie,
      body: {
        currentAuthSecret: authSecret,
        newAuthSecret: newSecret,
        kdf: newKdf(),
        wrappedVaultKey: randomB64(60),
      },
    });
    const afterChange = sessionCookieOf(changed.response) ?? '';
    const renewed = await ok('newRecoveryCode', {
      cookie: afterChange,
      body: {
        currentAuthSecret: newSecret,
        recoveryVerifier: randomB64(32),
        recoveryWrappedVaultKey: randomB64(60),
      },
    });
    await ok('logout', { cookie: sessionCookieOf(renewed.response) ?? '' });
    const other = await server.signUp();
    answered.add('signup');
    await ok('recover', {
      body: {
        username: other.request.username,
        recoveryVerifier: other.request.recoveryVerifier,
        newAuthSecret: randomB64(32),
        kdf: newKdf(),
        wrappedVaultKey: randomB64(60),
      },
    });
    const third = await server.signUp();
    await ok('deleteAccount', { cookie: third.cookie, body: { authSecret: third.request.authSecret } });

    expect(new Set(Object.keys(apiRoutes))).toEqual(answered);
  });

  it('answers each kind of failure with the error body and the status of its code', async () => {
    const failures: [ApiRouteName, CallOptions & { readonly query?: string }, string][] = [
      ['session', {}, 'unauthorized'],
      ['login', { body: { username: 'nobody-here', authSecret: randomB64(32) } }, 'unauthorized'],
      ['signup', { body: { nonsense: true } }, 'bad_request'],
      ['push', { body: { changes: [] }, csrf: false }, 'csrf_rejected'],
      ['login', { rawBody: 'x', headers: { 'content-type': 'text/plain' } }, 'unsupported_media_type'],
      [
        'signup',
        {
          rawBody: 'x'.repeat(apiRoutes.signup.maxBody + 1),
          headers: { 'content-type': 'application/json' },
        },
        'payload_too_large',
      ],
    ];
    for (const [name, options, code] of failures) {
      const response = await callRoute(server, name, options);
      const body = ApiErrorBody.parse(await response.json());
      expect(body.error.code).toBe(code);
      expect(response.status).toBe(errorStatus[body.error.code]);
    }
    const missing = await server.call('GET', '/api/v1/no-such-route');
    expect(ApiErrorBody.parse(await missing.json()).error.code).toBe('not_found');
    const wrongMethod = await server.call('DELETE', apiRoutes.push.path);
    expect(ApiErrorBody.parse(await wrongMethod.json()).error.code).toBe('method_not_allowed');
  });
});

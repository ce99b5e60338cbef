import { SessionResponse } from '@tend/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from './support/databases.ts';
import { newKdf, randomB64 } from './support/factories.ts';
import { callRoute, errorCode } from './support/practice.ts';
import { createTestServer, sessionCookieOf, type SignedUp, type TestServer } from './support/test-server.ts';

/** Recovering sets a new passphrase with whichever verifier the server now holds. */
const recoverWith = (server: TestServer, person: SignedUp, recoveryVerifier: string) =>
  callRoute(server, 'recover', {
    body: {
      username: person.request.username,
      recoveryVerifier,
      // The same secret again, so the account keeps working for the next step of the test.
      newAuthSecret: person.request.authSecret,
      kdf: newKdf(),
      wrappedVaultKey: randomB64(60),
    },
  });

describe.each(testDatabases())('a new recovery code on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer({ database, cheapHashing: true });
  });
  afterAll(() => server.close());

  const next = () => ({ recoveryVerifier: randomB64(32), recoveryWrappedVaultKey: randomB64(60) });

  it('needs a session and the current passphrase, and changes nothing otherwise', async () => {
    const person = await server.signUp();
    const body = { ...next(), currentAuthSecret: person.request.authSecret };
    const anonymous = await callRoute(server, 'newRecoveryCode', { body });
    expect([anonymous.status, await errorCode(anonymous)]).toEqual([401, 'unauthorized']);
    const wrong = await callRoute(server, 'newRecoveryCode', {
      cookie: person.cookie,
      body: { ...body, currentAuthSecret: randomB64(32) },
    });
    expect([wrong.status, await errorCode(wrong)]).toEqual([401, 'unauthorized']);
    const session = await callRoute(server, 'session', { cookie: person.cookie });
    expect(SessionResponse.parse(await session.json()).keys).toEqual(person.request.keys);
    expect((await recoverWith(server, person, person.request.recoveryVerifier)).status).toBe(200);
  });

  it('replaces the verifier and the wrapped key, so the old code is refused and the new one works', async () => {
    const person = await server.signUp();
    const login = await callRoute(server, 'login', {
      body: { username: person.request.username, authSecret: person.request.authSecret },
    });
    const otherDevice = sessionCookieOf(login) ?? '';
    const made = next();
    const response = await callRoute(server, 'newRecoveryCode', {
      cookie: person.cookie,
      body: { ...made, currentAuthSecret: person.request.authSecret },
    });
    expect(response.status).toBe(200);
    const answer = SessionResponse.parse(await response.json());
    expect(answer.keys).toEqual({
      ...person.request.keys,
      recoveryWrappedVaultKey: made.recoveryWrappedVaultKey,
    });
    expect(answer.kdf).toEqual(person.request.kdf);

    // Every earlier session ended (other devices sign in again and take the new wrapped key).
    const fresh = sessionCookieOf(response) ?? '';
    expect((await callRoute(server, 'session', { cookie: person.cookie })).status).toBe(401);
    expect((await callRoute(server, 'session', { cookie: otherDevice })).status).toBe(401);
    expect((await callRoute(server, 'session', { cookie: fresh })).status).toBe(200);

    const old = await recoverWith(server, person, person.request.recoveryVerifier);
    expect([old.status, await errorCode(old)]).toEqual([401, 'unauthorized']);
    expect((await recoverWith(server, person, made.recoveryVerifier)).status).toBe(200);
    // The passphrase itself did not change.
    const again = await callRoute(server, 'login', {
      body: { username: person.request.username, authSecret: person.request.authSecret },
    });
    expect(again.status).toBe(200);
  });

  it('refuses a malformed body before touching the account', async () => {
    const person = await server.signUp();
    const response = await callRoute(server, 'newRecoveryCode', {
      cookie: person.cookie,
      body: { currentAuthSecret: person.request.authSecret, recoveryVerifier: 'short' },
    });
    expect([response.status, await errorCode(response)]).toEqual([400, 'bad_request']);
    expect((await callRoute(server, 'session', { cookie: person.cookie })).status).toBe(200);
  });
});

import { LoginParamsResponse, SessionResponse } from '@tend/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newKdf, newSignup, randomB64 } from './support/factories.ts';
import { createTestServer, sessionCookieOf, type TestServer } from './support/test-server.ts';

const json = async (response: Response) => (await response.json()) as Record<string, unknown>;
const errorCode = async (response: Response) => ((await json(response))['error'] as { code: string }).code;

describe('account routes', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer();
  });
  afterEach(() => server.close());

  describe('signup', () => {
    it('creates the account, answers the session and sets a secure session cookie', async () => {
      const { request, session, cookie } = await server.signUp();
      expect(SessionResponse.parse(session)).toEqual({
        accountId: request.accountId,
        username: request.username,
        kdf: request.kdf,
        keys: request.keys,
      });
      expect(cookie.startsWith('__Host-tend-session=')).toBe(true);
      const me = await server.call('GET', '/api/v1/auth/session', { cookie });
      expect(me.status).toBe(200);
      expect(await me.json()).toEqual(session);
    });

    it('sets the cookie with HttpOnly, Secure, SameSite=Strict, Path=/ and no Domain', async () => {
      const response = await server.call('POST', '/api/v1/auth/signup', { body: newSignup() });
      const [line] = response.headers.getSetCookie();
      expect(line).toMatch(/^__Host-tend-session=[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}; /);
      expect(line).toContain('; Path=/');
      expect(line).toContain('; HttpOnly');
      expect(line).toContain('; Secure');
      expect(line).toContain('; SameSite=Strict');
      expect(line).toMatch(/; Max-Age=\d+/);
      expect(line).not.toMatch(/domain=/i);
    });

    it('normalises the username and refuses a taken username or id with 409 account_unavailable', async () => {
      const { request } = await server.signUp({ username: 'Ｒiver.Stone' });
      const me = (await server.signUp()).session;
      expect(me.username).not.toBe(request.username);
      const sameName = await server.call('POST', '/api/v1/auth/signup', {
        body: { ...newSignup(), username: ' RIVER.stone ' },
      });
      expect(sameName.status).toBe(409);
      expect(await errorCode(sameName)).toBe('account_unavailable');
      const sameId = await server.call('POST', '/api/v1/auth/signup', {
        body: { ...newSignup(), accountId: request.accountId },
      });
      expect(sameId.status).toBe(409);
    });
  });

  describe('login params', () => {
    it('returns the account kdf for a known username', async () => {
      const { request } = await server.signUp();
      const response = await server.call('POST', '/api/v1/auth/params', {
        body: { username: request.username },
      });
      expect(LoginParamsResponse.parse(await response.json())).toEqual({ kdf: request.kdf });
    });

    it('returns stable, plausible params for an unknown username, shaped like a real answer', async () => {
      const ask = async (username: string) =>
        LoginParamsResponse.parse(
          await (await server.call('POST', '/api/v1/auth/params', { body: { username } })).json(),
        );
      const first = await ask('nobody-here');
      expect(await ask('nobody-here')).toEqual(first);
      expect(await ask('NOBODY-here')).toEqual(first);
      expect((await ask('someone-else')).kdf.salt).not.toBe(first.kdf.salt);
      const real = newKdf();
      expect(Object.keys(first.kdf).sort()).toEqual(Object.keys(real).sort());
      expect(first.kdf.salt).toHaveLength(real.salt.length);
      expect({ ...first.kdf, salt: '' }).toEqual({ ...real, salt: '' });
    });
  });

  describe('login', () => {
    it('signs in with the right secret and rotates the cookie the request carried', async () => {
      const { request, cookie: first } = await server.signUp();
      const response = await server.call('POST', '/api/v1/auth/login', {
        body: { username: request.username, authSecret: request.authSecret },
        cookie: first,
      });
      expect(response.status).toBe(200);
      expect(SessionResponse.parse(await response.json()).accountId).toBe(request.accountId);
      const second = sessionCookieOf(response);
      expect(second).toBeDefined();
      expect(second).not.toBe(first);
      expect((await server.call('GET', '/api/v1/auth/session', { cookie: first })).status).toBe(401);
      expect((await server.call('GET', '/api/v1/auth/session', { cookie: second ?? '' })).status).toBe(200);
    });

    it('answers an unknown username exactly like a wrong secret, and hashes in both cases', async () => {
      const { request } = await server.signUp();
      const before = server.hashes.verify;
      const wrong = await server.call('POST', '/api/v1/auth/login', {
        body: { username: request.username, authSecret: randomB64(32) },
      });
      const unknown = await server.call('POST', '/api/v1/auth/login', {
        body: { username: 'no-such-person', authSecret: randomB64(32) },
      });
      expect(server.hashes.verify - before).toBe(2);
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      const strip = async (response: Response) => {
        const body = await json(response);
        const error = body['error'] as Record<string, unknown>;
        return { ...body, error: { ...error, requestId: 'x' } };
      };
      expect(await strip(wrong)).toEqual(await strip(unknown));
      expect(wrong.headers.getSetCookie()).toEqual(unknown.headers.getSetCookie());
    });
  });

  describe('session and logout', () => {
    it('refuses the session route without a live session', async () => {
      expect((await server.call('GET', '/api/v1/auth/session')).status).toBe(401);
      const forged = `__Host-tend-session=${(await server.signUp()).request.accountId}.${randomB64(32)}`;
      expect((await server.call('GET', '/api/v1/auth/session', { cookie: forged })).status).toBe(401);
      expect(
        (await server.call('GET', '/api/v1/auth/session', { cookie: '__Host-tend-session=garbage' })).status,
      ).toBe(401);
    });

    it('ends the session at logout and clears the cookie', async () => {
      const { cookie } = await server.signUp();
      const response = await server.call('POST', '/api/v1/auth/logout', { cookie });
      expect(response.status).toBe(204);
      expect(response.headers.getSetCookie()[0]).toMatch(/^__Host-tend-session=; Path=\/; Max-Age=0;/);
      expect((await server.call('GET', '/api/v1/auth/session', { cookie })).status).toBe(401);
      expect((await server.call('GET', '/api/v1/sync/pull', { cookie })).status).toBe(401);
      const again = await server.call('POST', '/api/v1/auth/logout', { cookie });
      expect(again.status).toBe(401);
      expect(again.headers.getSetCookie()[0]).toMatch(/Max-Age=0/);
    });
  });

  describe('passphrase change', () => {
    it('checks the current secret, stores the new credentials and ends every other session', async () => {
      const { request, cookie } = await server.signUp();
      const login = await server.call('POST', '/api/v1/auth/login', {
        body: { username: request.username, authSecret: request.authSecret },
      });
      const otherDevice = sessionCookieOf(login) ?? '';
      const change = { newAuthSecret: randomB64(32), kdf: newKdf(), wrappedVaultKey: randomB64(60) };

      const wrong = await server.call('POST', '/api/v1/auth/passphrase', {
        cookie,
        body: { ...change, currentAuthSecret: randomB64(32) },
      });
      expect(wrong.status).toBe(401);

      const response = await server.call('POST', '/api/v1/auth/passphrase', {
        cookie,
        body: { ...change, currentAuthSecret: request.authSecret },
      });
      expect(response.status).toBe(200);
      const session = SessionResponse.parse(await response.json());
      expect(session.kdf).toEqual(change.kdf);
      expect(session.keys).toEqual({ ...request.keys, wrappedVaultKey: change.wrappedVaultKey });
      const fresh = sessionCookieOf(response) ?? '';
      expect((await server.call('GET', '/api/v1/auth/session', { cookie })).status).toBe(401);
      expect((await server.call('GET', '/api/v1/auth/session', { cookie: otherDevice })).status).toBe(401);
      expect((await server.call('GET', '/api/v1/auth/session', { cookie: fresh })).status).toBe(200);

      const oldLogin = await server.call('POST', '/api/v1/auth/login', {
        body: { username: request.username, authSecret: request.authSecret },
      });
      expect(oldLogin.status).toBe(401);
      const newLogin = await server.call('POST', '/api/v1/auth/login', {
        body: { username: request.username, authSecret: change.newAuthSecret },
      });
      expect(newLogin.status).toBe(200);
    });
  });

  describe('recover', () => {
    it('sets a new passphrase with the recovery verifier and ends the old sessions', async () => {
      const { request, cookie } = await server.signUp();
      const change = { newAuthSecret: randomB64(32), kdf: newKdf(), wrappedVaultKey: randomB64(60) };
      const wrong = await server.call('POST', '/api/v1/auth/recover', {
        body: { ...change, username: request.username, recoveryVerifier: randomB64(32) },
      });
      const unknown = await server.call('POST', '/api/v1/auth/recover', {
        body: { ...change, username: 'nobody-at-all', recoveryVerifier: randomB64(32) },
      });
      expect([wrong.status, unknown.status]).toEqual([401, 401]);
      expect(await errorCode(wrong)).toBe(await errorCode(unknown));

      const response = await server.call('POST', '/api/v1/auth/recover', {
        body: { ...change, username: request.username, recoveryVerifier: request.recoveryVerifier },
      });
      expect(response.status).toBe(200);
      expect(SessionResponse.parse(await response.json()).keys.wrappedVaultKey).toBe(change.wrappedVaultKey);
      expect((await server.call('GET', '/api/v1/auth/session', { cookie })).status).toBe(401);
      const login = await server.call('POST', '/api/v1/auth/login', {
        body: { username: request.username, authSecret: change.newAuthSecret },
      });
      expect(login.status).toBe(200);
    });
  });
});

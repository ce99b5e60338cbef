import { afterEach, describe, expect, it } from 'vitest';
import { testDatabases } from './support/databases.ts';
import { randomB64 } from './support/factories.ts';
import { callRoute } from './support/practice.ts';
import { createTestServer, deviceCookieOf, sessionCookieOf, type TestServer } from './support/test-server.ts';

const window = { windowMs: 60_000 };

describe.each(testDatabases())(
  'signing in, throttled without locking the owner out, on $name',
  (database) => {
    let server: TestServer;
    afterEach(() => server.close());

    const login = (
      username: string,
      authSecret: string,
      options: { address?: string; device?: string } = {},
    ) =>
      callRoute(server, 'login', {
        body: { username, authSecret },
        ...(options.address ? { address: options.address } : {}),
        ...(options.device ? { cookie: options.device } : {}),
      });

    it('answers known and unknown usernames with the very same bytes but the salt', async () => {
      server = await createTestServer({ database, cheapHashing: true });
      const { request } = await server.signUp();
      const params = async (username: string) =>
        (await callRoute(server, 'loginParams', { body: { username } })).text();
      const mask = (text: string) => text.replace(/"salt":"[A-Za-z0-9_-]+"/, '"salt":"…"');
      const [known, unknown] = [await params(request.username), await params('nobody-by-this-name')];
      expect(mask(unknown)).toBe(mask(known));
      expect(unknown.length).toBe(known.length);
    });

    it('throttles the parameters per address, and a device that signed in before keeps its own allowance', async () => {
      server = await createTestServer({
        database,
        cheapHashing: true,
        limits: { paramsPerAddress: { limit: 3, ...window }, paramsPerDevice: { limit: 3, ...window } },
      });
      const { request, cookie } = await server.signUp();
      const signIn = await login(request.username, request.authSecret);
      const device = deviceCookieOf(signIn) ?? '';
      expect(cookie).toBeDefined();
      const params = (username: string, extra: { address?: string; cookie?: string } = {}) =>
        callRoute(server, 'loginParams', { body: { username }, address: '198.51.100.5', ...extra });
      const statuses = [];
      for (let i = 0; i < 5; i += 1) statuses.push((await params(`someone-${i}`)).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      expect((await params(request.username, { cookie: device })).status).toBe(200);
      expect((await params(request.username, { address: '198.51.100.6' })).status).toBe(200);
    });

    it("never lets strangers' failures lock out a device that signed in before, while guessing stays throttled", async () => {
      server = await createTestServer({
        database,
        cheapHashing: true,
        limits: { loginPerUsername: { limit: 3, ...window }, loginPerDevice: { limit: 3, ...window } },
      });
      const owner = await server.signUp();
      const { username, authSecret } = owner.request;
      const device = deviceCookieOf(await login(username, authSecret)) ?? '';
      expect(device).toMatch(/^__Host-tend-device=/);

      // Strangers, from many addresses, use up every untrusted attempt at this username.
      for (let i = 0; i < 6; i += 1) await login(username, randomB64(32), { address: `203.0.113.${i}` });
      expect((await login(username, authSecret, { address: '203.0.113.99' })).status).toBe(429);

      // The owner's device signs in, even after a slip of its own.
      expect((await login(username, randomB64(32), { device })).status).toBe(401);
      const signedIn = await login(username, authSecret, { device });
      expect(signedIn.status).toBe(200);
      expect(sessionCookieOf(signedIn)).toBeDefined();

      // Someone holding the device and guessing spends its allowance, then counts like a stranger.
      const fresh = deviceCookieOf(signedIn) ?? '';
      const guesses = [];
      for (let i = 0; i < 4; i += 1)
        guesses.push((await login(username, randomB64(32), { device: fresh })).status);
      expect(guesses).toEqual([401, 401, 401, 429]);
    });

    it('trusts a device cookie only for the account it was issued to, and only as the server signed it', async () => {
      server = await createTestServer({
        database,
        cheapHashing: true,
        limits: { loginPerUsername: { limit: 1, ...window } },
      });
      const [owner, other] = [await server.signUp(), await server.signUp()];
      const otherDevice = deviceCookieOf(await login(other.request.username, other.request.authSecret)) ?? '';
      const ownDevice = deviceCookieOf(await login(owner.request.username, owner.request.authSecret)) ?? '';
      const [name, value] = ownDevice.split('=') as [string, string];
      const forged = `${name}=${value.slice(0, -2)}${value.endsWith('AA') ? 'BB' : 'AA'}`;
      await login(owner.request.username, randomB64(32), { address: '192.0.2.50' });
      for (const device of [otherDevice, forged, `${name}=garbage`]) {
        expect(
          (await login(owner.request.username, owner.request.authSecret, { device })).status,
          device,
        ).toBe(429);
      }
      expect(
        (await login(owner.request.username, owner.request.authSecret, { device: ownDevice })).status,
      ).toBe(200);
    });
  },
);

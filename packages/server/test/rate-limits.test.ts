import { describe, expect, it } from 'vitest';
import { newKdf, newSignup, randomB64 } from './support/factories.ts';
import { createTestServer } from './support/test-server.ts';

const window = { windowMs: 60_000 };

describe('rate limits', () => {
  it('throttles login per username before any hashing, with Retry-After', async () => {
    const server = await createTestServer({ limits: { loginPerUsername: { limit: 3, ...window } } });
    try {
      const { request } = await server.signUp();
      const attempt = (address: string) =>
        server.call('POST', '/api/v1/auth/login', {
          body: { username: request.username, authSecret: randomB64(32) },
          address,
        });
      for (let i = 0; i < 3; i += 1) expect((await attempt(`198.51.100.${i}`)).status).toBe(401);
      const verifies = server.hashes.verify;
      const refused = await attempt('198.51.100.99');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
      expect(server.hashes.verify).toBe(verifies);
      // The right secret is refused too while the window lasts: the limit is on attempts, not failures.
      const right = await server.call('POST', '/api/v1/auth/login', {
        body: { username: request.username, authSecret: request.authSecret },
      });
      expect(right.status).toBe(429);
    } finally {
      await server.close();
    }
  });

  it('throttles login per address across usernames, and unknown usernames count too', async () => {
    const server = await createTestServer({ limits: { loginPerAddress: { limit: 4, ...window } } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i += 1) {
        const response = await server.call('POST', '/api/v1/auth/login', {
          body: { username: `guess-${i}`, authSecret: randomB64(32) },
          address: '203.0.113.7',
        });
        statuses.push(response.status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
      expect(server.hashes.verify).toBe(4);
      const elsewhere = await server.call('POST', '/api/v1/auth/login', {
        body: { username: 'guess-9', authSecret: randomB64(32) },
        address: '203.0.113.8',
      });
      expect(elsewhere.status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it('throttles recovery and re-authentication, and a window that has passed lets attempts through again', async () => {
    let now = 1_800_000_000_000;
    const server = await createTestServer({
      clock: { now: () => now },
      limits: { recoverPerUsername: { limit: 2, ...window }, reauthPerAccount: { limit: 1, ...window } },
    });
    try {
      const { request, cookie } = await server.signUp();
      const recover = () =>
        server.call('POST', '/api/v1/auth/recover', {
          body: {
            username: request.username,
            recoveryVerifier: randomB64(32),
            newAuthSecret: randomB64(32),
            kdf: newKdf(),
            wrappedVaultKey: randomB64(60),
          },
        });
      expect([(await recover()).status, (await recover()).status, (await recover()).status]).toEqual([
        401, 401, 429,
      ]);
      const remove = () =>
        server.call('POST', '/api/v1/account/delete', { cookie, body: { authSecret: randomB64(32) } });
      expect([(await remove()).status, (await remove()).status]).toEqual([401, 429]);
      now += window.windowMs;
      expect((await recover()).status).toBe(401);
      expect((await remove()).status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it('throttles signups per address before hashing', async () => {
    const server = await createTestServer({ limits: { signupPerAddress: { limit: 1, ...window } } });
    try {
      await server.signUp();
      const hashes = server.hashes.hash;
      const response = await server.call('POST', '/api/v1/auth/signup', {
        body: newSignup(),
      });
      expect(response.status).toBe(429);
      expect(server.hashes.hash).toBe(hashes);
    } finally {
      await server.close();
    }
  });
});

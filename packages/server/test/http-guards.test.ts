import { apiRoutes, authBodyBytes, maxBodyBytes } from '@tend/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../src/http/security-headers.ts';
import { newSignup } from './support/factories.ts';
import { createTestServer, type TestServer } from './support/test-server.ts';

const codeOf = async (response: Response) =>
  ((await response.json()) as { error: { code: string } }).error.code;

describe('http guards', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(() => server.close());

  const params = (options: Parameters<TestServer['call']>[2]) =>
    server.call('POST', '/api/v1/auth/params', options);

  describe('csrf', () => {
    it('refuses a write without the x-tend-request header', async () => {
      const response = await params({ body: { username: 'someone' }, csrf: false });
      expect(response.status).toBe(403);
      expect(await codeOf(response)).toBe('csrf_rejected');
      const wrongValue = await params({ body: { username: 'someone' }, headers: { 'x-tend-request': '0' } });
      expect(wrongValue.status).toBe(403);
    });

    it('guards every write route of the contract, the practitioner space included', async () => {
      const { cookie } = await server.signUp();
      for (const [name, route] of Object.entries(apiRoutes)) {
        if (route.method === 'GET') continue;
        const response = await server.call(route.method, route.path, { cookie, body: {}, csrf: false });
        expect(response.status, name).toBe(403);
        expect(await codeOf(response)).toBe('csrf_rejected');
      }
    });

    it("refuses a write whose Origin is not the server's own, and accepts its own", async () => {
      for (const origin of [
        'https://evil.example',
        'null',
        'http://localhost.evil.example',
        'https://localhost',
      ]) {
        const response = await params({ body: { username: 'someone' }, headers: { origin } });
        expect(response.status, origin).toBe(403);
      }
      const own = await params({ body: { username: 'someone' }, headers: { origin: 'http://localhost' } });
      expect(own.status).toBe(200);
    });

    it('refuses any API request the browser marks cross-site, reads included', async () => {
      const write = await params({
        body: { username: 'someone' },
        headers: { 'sec-fetch-site': 'cross-site' },
      });
      expect(write.status).toBe(403);
      const read = await server.call('GET', '/api/v1/health', {
        headers: { 'sec-fetch-site': 'cross-site' },
      });
      expect(read.status).toBe(403);
      const sameOrigin = await params({
        body: { username: 'someone' },
        headers: { 'sec-fetch-site': 'same-origin' },
      });
      expect(sameOrigin.status).toBe(200);
    });

    it('checks the Origin against PUBLIC_ORIGIN when the server sits behind a proxy', async () => {
      const proxied = await createTestServer({ env: { PUBLIC_ORIGIN: 'https://tend.example' } });
      try {
        const call = (origin: string) =>
          proxied.call('POST', '/api/v1/auth/params', {
            body: { username: 'someone' },
            headers: { origin },
            host: 'tend.example',
          });
        expect((await call('https://tend.example')).status).toBe(200);
        expect((await call('http://localhost')).status).toBe(403);
      } finally {
        await proxied.close();
      }
    });
  });

  describe('bodies', () => {
    it("refuses a body over its route's limit with 413, by header and by actual size", async () => {
      const big = JSON.stringify({ username: 'x'.repeat(authBodyBytes) });
      const response = await params({ rawBody: big, headers: { 'content-type': 'application/json' } });
      expect(response.status).toBe(413);
      expect(await codeOf(response)).toBe('payload_too_large');
      const declared = await params({
        rawBody: '{}',
        headers: { 'content-type': 'application/json', 'content-length': String(authBodyBytes + 1) },
      });
      expect(declared.status).toBe(413);
      const chunked = await params({
        rawBody: new ReadableStream<Uint8Array>({
          start(controller) {
            for (let i = 0; i < 400; i += 1) controller.enqueue(new Uint8Array(4096).fill(0x5b));
            controller.close();
          },
        }),
        headers: { 'content-type': 'application/json' },
      });
      expect(chunked.status).toBe(413);
    });

    it('gives each route its own limit: sign-in a few KB, a push over a megabyte', () => {
      expect(apiRoutes.login.maxBody).toBeLessThanOrEqual(8 * 1024);
      expect(apiRoutes.loginParams.maxBody).toBeLessThanOrEqual(8 * 1024);
      expect(apiRoutes.signup.maxBody).toBeLessThanOrEqual(8 * 1024);
      expect(apiRoutes.push.maxBody).toBe(maxBodyBytes);
      for (const route of Object.values(apiRoutes)) {
        expect(route.maxBody === 0, route.path).toBe(route.method === 'GET');
      }
    });

    it('refuses hostile JSON in time proportional to its size, never stalling on it', async () => {
      const { cookie } = await server.signUp();
      const size = maxBodyBytes - 16;
      const hostile = ['['.repeat(size), '{"a":'.repeat(size / 5), `[${'0,'.repeat(size / 2 - 2)}0]`];
      // The same size, valid JSON that the contract refuses: the cost of reading and parsing it.
      const baseline = JSON.stringify({ changes: 'x'.repeat(size - 20) });
      const timed = async (rawBody: string) => {
        const started = performance.now();
        const response = await server.call('POST', '/api/v1/sync/push', {
          cookie,
          rawBody,
          headers: { 'content-type': 'application/json' },
        });
        expect(response.status).toBe(400);
        return performance.now() - started;
      };
      const median = (values: number[]) =>
        [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
      const rounds = { baseline: [] as number[], hostile: [] as number[] };
      for (let round = 0; round < 5; round += 1) {
        rounds.baseline.push(await timed(baseline));
        for (const body of hostile) rounds.hostile.push(await timed(body));
      }
      // Generous, and relative to the baseline measured here: a parser stalling on deep nesting took
      // seconds where this takes milliseconds.
      expect(median(rounds.hostile)).toBeLessThan(4 * median(rounds.baseline));
    });

    it('takes JSON only: 415 for other content types and for none', async () => {
      for (const type of [
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/jsonx',
      ]) {
        const response = await params({
          rawBody: '{"username":"someone"}',
          headers: { 'content-type': type },
        });
        expect(response.status, type).toBe(415);
        expect(await codeOf(response)).toBe('unsupported_media_type');
      }
      expect((await params({ rawBody: '{"username":"someone"}' })).status).toBe(415);
      const charset = await params({
        rawBody: '{"username":"someone"}',
        headers: { 'content-type': 'Application/JSON; charset=utf-8' },
      });
      expect(charset.status).toBe(200);
    });

    it('answers invalid JSON, invalid UTF-8 and schema failures with 400 bad_request', async () => {
      const json = { 'content-type': 'application/json' };
      for (const rawBody of [
        '{',
        '',
        'null',
        '[]',
        '{"username":"ab"}',
        '{"username":"someone","extra":1}',
      ]) {
        const response = await params({ rawBody, headers: json });
        expect(response.status, rawBody).toBe(400);
        expect(await codeOf(response)).toBe('bad_request');
      }
      const invalidUtf8 = await params({ rawBody: new Uint8Array([0x7b, 0xff, 0x7d]), headers: json });
      expect(invalidUtf8.status).toBe(400);
    });

    it('never echoes the values it refused', async () => {
      const secretLike = 'not-a-valid-secret-7d1e';
      const response = await server.call('POST', '/api/v1/auth/signup', {
        body: { ...newSignup(), authSecret: secretLike },
      });
      expect(response.status).toBe(400);
      expect(await response.text()).not.toContain(secretLike);
    });
  });

  describe('host names', () => {
    const status = async (target: TestServer, host: string, path = '/api/v1/auth/params') =>
      (path === '/api/v1/health'
        ? await target.call('GET', path, { host })
        : await target.call('POST', path, { body: { username: 'someone' }, host })
      ).status;

    it('answers only for loopback names while PUBLIC_ORIGIN is unset, so a rebound name gets nothing', async () => {
      for (const host of ['localhost', 'localhost:8080', '127.0.0.1:8080', '127.0.0.2', '[::1]:8080']) {
        expect(await status(server, host), host).toBe(200);
      }
      for (const host of ['evil.example', 'evil.example:8080', 'localhost.evil.example', '10.0.0.7']) {
        expect(await status(server, host), host).toBe(400);
        expect(await status(server, host, '/api/v1/health'), `health via ${host}`).toBe(200);
      }
      const page = await server.call('GET', '/', { host: 'evil.example', headers: { accept: 'text/html' } });
      expect(page.status).toBe(400);
    });

    it("answers for PUBLIC_ORIGIN's name only once it is set, and for the address the server listens on", async () => {
      const proxied = await createTestServer({ env: { PUBLIC_ORIGIN: 'https://tend.example' } });
      const listening = await createTestServer({ env: { HOST: '192.168.1.5' } });
      try {
        expect(await status(proxied, 'tend.example')).toBe(200);
        expect(await status(proxied, 'localhost')).toBe(400);
        expect(await status(proxied, 'localhost', '/api/v1/health')).toBe(200);
        expect(await status(listening, '192.168.1.5:8080')).toBe(200);
        expect(await status(listening, 'localhost')).toBe(200);
        expect(await status(listening, 'evil.example')).toBe(400);
      } finally {
        await proxied.close();
        await listening.close();
      }
    });
  });

  describe('routing', () => {
    it('answers unknown API routes with 404 JSON and wrong methods with 405 and Allow', async () => {
      const missing = await server.call('GET', '/api/v1/nothing-here');
      expect(missing.status).toBe(404);
      expect(await codeOf(missing)).toBe('not_found');
      const wrongMethod = await server.call('PUT', '/api/v1/auth/session', { body: {} });
      expect(wrongMethod.status).toBe(405);
      expect(wrongMethod.headers.get('allow')).toBe('GET, HEAD');
      expect(await codeOf(wrongMethod)).toBe('method_not_allowed');
      expect((await server.call('GET', '/api/v1/auth/login')).status).toBe(405);
    });

    it('answers health with the database kind', async () => {
      const response = await server.call('GET', '/api/v1/health');
      expect(await response.json()).toEqual({ status: 'ok', database: 'sqlite' });
    });
  });

  describe('headers', () => {
    it('puts the security headers on API, static and error responses, and no-store on the API', async () => {
      for (const [method, path] of [
        ['GET', '/api/v1/health'],
        ['GET', '/api/v1/nope'],
        ['GET', '/'],
        ['GET', '/journal'],
        ['POST', '/api/v1/auth/login'],
      ] as const) {
        const response = await server.call(method, path);
        const h = response.headers;
        expect(h.get('content-security-policy'), path).toBe(contentSecurityPolicy);
        expect(h.get('x-content-type-options')).toBe('nosniff');
        expect(h.get('referrer-policy')).toBe('no-referrer');
        expect(h.get('x-frame-options')).toBe('DENY');
        expect(h.get('cross-origin-opener-policy')).toBe('same-origin');
        expect(h.get('permissions-policy')).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
        expect(h.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
        if (path.startsWith('/api/')) expect(h.get('cache-control')).toBe('no-store');
      }
      expect(contentSecurityPolicy).not.toContain('unsafe-inline');
      expect(contentSecurityPolicy).toContain("frame-ancestors 'none'");
      expect(contentSecurityPolicy).toContain("script-src 'self'");
    });

    it('puts the request id in error bodies', async () => {
      const response = await server.call('GET', '/api/v1/auth/session');
      const body = (await response.json()) as { error: { requestId: string } };
      expect(body.error.requestId).toBe(response.headers.get('x-request-id'));
    });
  });

  describe('plain-http loopback (COOKIE_SECURE=false)', () => {
    it('uses tend-session without Secure, and ignores a __Host- cookie', async () => {
      const local = await createTestServer({ cookieSecure: false });
      try {
        const { cookie } = await local.signUp();
        expect(cookie.startsWith('tend-session=')).toBe(true);
        const response = await local.call('POST', '/api/v1/auth/signup', { body: newSignup() });
        const line = response.headers.getSetCookie()[0] ?? '';
        expect(line).not.toContain('Secure');
        expect(line).toContain('HttpOnly');
        expect(line).toContain('SameSite=Strict');
        expect(local.ctx.config.cookieSecure).toBe(false);
        expect((await local.call('GET', '/api/v1/auth/session', { cookie: `__Host-${cookie}` })).status).toBe(
          401,
        );
        expect((await local.call('GET', '/api/v1/auth/session', { cookie })).status).toBe(200);
        expect(response.headers.get('strict-transport-security')).toBeNull();
      } finally {
        await local.close();
      }
    });
  });
});

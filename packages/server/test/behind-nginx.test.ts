import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  apiRoutes,
  csrfHeader,
  csrfHeaderValue,
  PullResponse,
  PushResponse,
  type ApiRouteName,
} from '@tend/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCiphertext, newId, newSignup } from './support/factories.ts';
import { spawnServer, type SpawnedServer } from './support/spawn-server.ts';

/** Tend behind Debian's nginx with a self-signed certificate on loopback, as docs/SELF-HOSTING.md sets it up. */
const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => {
  try {
    execFileSync(path, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});
const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!nginx || !hasOpenssl) {
  console.warn(
    'nginx or openssl is not installed (apt-get install nginx openssl); the test behind nginx is skipped.',
  );
}

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });

describe.skipIf(!nginx || !hasOpenssl)('Tend behind nginx over HTTPS', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tend-nginx-'));
  let tend: SpawnedServer;
  let proxy: ChildProcess;
  let port = 0;
  let ca = '';

  /** A call through nginx from a loopback address of our choosing, trusting only our certificate. */
  function call(
    name: ApiRouteName,
    options: {
      body?: unknown;
      cookie?: string;
      query?: string;
      from?: string;
      headers?: Record<string, string>;
    } = {},
  ) {
    const route = apiRoutes[name];
    const body = route.method === 'GET' ? '' : JSON.stringify(options.body ?? {});
    return new Promise<Answer>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: route.method,
          path: `${route.path}${options.query ?? ''}`,
          ca,
          localAddress: options.from ?? '127.0.0.1',
          headers: {
            origin: `https://127.0.0.1:${port}`,
            connection: 'close',
            ...(route.method === 'GET'
              ? {}
              : { 'content-type': 'application/json', [csrfHeader]: csrfHeaderValue }),
            ...(options.cookie ? { cookie: options.cookie } : {}),
            ...options.headers,
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  beforeAll(async () => {
    port = await freePort();
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    ca = readFileSync(join(dir, 'cert.pem'), 'utf8');
    tend = await spawnServer(
      {
        DATA_DIR: join(dir, 'data'),
        COOKIE_SECURE: 'true',
        TRUST_PROXY: 'true',
        PUBLIC_ORIGIN: `https://127.0.0.1:${port}`,
      },
      120_000,
    );
    const upstream = new URL(tend.url);
    const conf = join(dir, 'nginx.conf');
    writeFileSync(
      conf,
      [
        // As root, nginx's workers would switch to a user that cannot read this private folder.
        process.getuid?.() === 0 ? 'user root;' : '',
        'daemon off;',
        'worker_processes 1;',
        `pid ${join(dir, 'nginx.pid')};`,
        `error_log ${join(dir, 'error.log')} warn;`,
        'events { worker_connections 64; }',
        'http {',
        '  access_log off;',
        ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
          (t) => `  ${t}_temp_path ${join(dir, t)};`,
        ),
        '  server {',
        `    listen 127.0.0.1:${port} ssl;`,
        `    ssl_certificate ${join(dir, 'cert.pem')};`,
        `    ssl_certificate_key ${join(dir, 'key.pem')};`,
        '    client_max_body_size 8m;',
        '    location / {',
        `      proxy_pass http://127.0.0.1:${upstream.port};`,
        '      proxy_http_version 1.1;',
        '      proxy_set_header Host $host:$server_port;',
        '      proxy_set_header X-Forwarded-For $remote_addr;',
        '      proxy_set_header X-Forwarded-Proto https;',
        '    }',
        '  }',
        '}',
      ].join('\n'),
    );
    proxy = spawn(nginx ?? 'nginx', ['-p', dir, '-c', conf, '-e', join(dir, 'error.log')], {
      stdio: 'ignore',
    });
    // Ready when it answers the health check through the proxy.
    for (let tries = 0; ; tries += 1) {
      const ready = await call('health').then(
        (a) => a.status === 200,
        () => false,
      );
      if (ready) break;
      if (tries > 600)
        throw new Error(`nginx did not start: ${readFileSync(join(dir, 'error.log'), 'utf8')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  afterAll(async () => {
    proxy?.kill('SIGQUIT');
    tend?.child.kill('SIGTERM');
    await tend?.exited;
    rmSync(dir, { recursive: true, force: true });
  });

  it('signs up with a __Host- Secure cookie and HSTS, then pushes, pulls and signs in again through the proxy', async () => {
    const signup = newSignup();
    const created = await call('signup', { body: signup });
    expect(created.status).toBe(201);
    expect(created.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    const cookieLine = [created.headers['set-cookie'] ?? []]
      .flat()
      .find((l) => l.startsWith('__Host-tend-session='));
    expect(cookieLine).toMatch(/;\s*Secure/i);
    expect(cookieLine).toMatch(/;\s*HttpOnly/i);
    expect(cookieLine).toMatch(/;\s*Path=\//i);
    const cookie = cookieLine?.split(';', 1)[0] ?? '';

    const id = newId();
    const pushed = await call('push', {
      cookie,
      body: { changes: [{ id, baseVersion: 0, ciphertext: newCiphertext() }] },
    });
    expect(pushed.status).toBe(200);
    expect(PushResponse.parse(JSON.parse(pushed.body)).results[0]).toMatchObject({ id, status: 'accepted' });
    const pulled = await call('pull', { cookie, query: '?after=0' });
    expect(PullResponse.parse(JSON.parse(pulled.body)).records.map((r) => r.id)).toEqual([id]);

    const again = await call('login', { body: { username: signup.username, authSecret: signup.authSecret } });
    expect(again.status).toBe(200);
    // A write whose Origin is not the public one is refused, even with the right header.
    const foreign = await call('push', {
      cookie,
      body: { changes: [{ id: newId(), baseVersion: 0, ciphertext: newCiphertext() }] },
      headers: { origin: 'https://elsewhere.example' },
    });
    expect(foreign.status).toBe(403);
  });

  it('counts each client by the address nginx saw, not by an address the client wrote itself', async () => {
    const ask = (from: string, forged: string) =>
      call('loginParams', { body: { username: 'someone' }, from, headers: { 'x-forwarded-for': forged } });
    // 127.0.0.2 pretends to be a new address every time; nginx replaces the header, so Tend is not fooled.
    const answers: number[] = [];
    for (let n = 0; n < 101; n += 1) answers.push((await ask('127.0.0.2', `10.0.0.${n}`)).status);
    expect(answers.slice(0, 100).every((s) => s === 200)).toBe(true);
    expect(answers[100]).toBe(429);
    // Another client behind the same proxy is its own address, with its own room.
    expect((await ask('127.0.0.3', '10.0.0.1')).status).toBe(200);
  });
});

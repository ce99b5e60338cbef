import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './support/databases.ts';
import { createTestServer, type TestServer } from './support/test-server.ts';

describe('static web app', () => {
  const base = tempDir('tend-dist-');
  const dist = { path: join(base.path, 'web') };
  const script = `console.info(${JSON.stringify('tend '.repeat(400))});`;
  let server: TestServer;
  beforeAll(async () => {
    mkdirSync(join(dist.path, 'assets'), { recursive: true });
    writeFileSync(
      join(dist.path, 'index.html'),
      '<!doctype html><title>Tend</title><script type="module" src="/assets/app-abc123.js"></script>',
    );
    writeFileSync(join(dist.path, 'assets', 'app-abc123.js'), script);
    // What the build writes beside each compressible file; the server only ever sends these.
    writeFileSync(join(dist.path, 'assets', 'app-abc123.js.gz'), gzipSync(script));
    writeFileSync(join(dist.path, 'assets', 'app-abc123.js.br'), brotliCompressSync(script));
    writeFileSync(join(dist.path, 'uncompressed.js'), script);
    writeFileSync(join(dist.path, 'sw.js'), 'self.addEventListener("install", () => {});');
    writeFileSync(join(dist.path, 'manifest.webmanifest'), '{"name":"Tend"}');
    server = await createTestServer({ webDist: dist.path });
  });
  afterAll(async () => {
    await server.close();
    base.remove();
  });

  const get = (path: string, headers: Record<string, string> = {}) => server.call('GET', path, { headers });

  it('serves index.html at / with no-cache', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<title>Tend</title>');
  });

  it('gives hashed assets a year of immutable caching, compressed when asked, with an ETag', async () => {
    const response = await get('/assets/app-abc123.js', { 'accept-encoding': 'gzip' });
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(script);
    const etag = response.headers.get('etag') ?? '';
    expect((await get('/assets/app-abc123.js', { 'if-none-match': etag })).status).toBe(304);
    expect(await (await get('/assets/app-abc123.js')).text()).toBe(script);
  });

  it('prefers brotli, and sends a file the build did not compress as it is (nothing is compressed per request)', async () => {
    const br = await get('/assets/app-abc123.js', { 'accept-encoding': 'gzip, br' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(script);
    const plain = await get('/uncompressed.js', { 'accept-encoding': 'gzip, br' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
  });

  it('ignores a compressed copy older than its file (a rebuild that did not compress)', async () => {
    const file = join(dist.path, 'stale.js');
    writeFileSync(`${file}.gz`, gzipSync('old contents'));
    utimesSync(`${file}.gz`, new Date(2000, 0, 1), new Date(2000, 0, 1));
    writeFileSync(file, script);
    const response = await get('/stale.js', { 'accept-encoding': 'gzip' });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.text()).toBe(script);
  });

  it('revalidates the service worker and the manifest every time', async () => {
    for (const path of ['/sw.js', '/manifest.webmanifest']) {
      expect((await get(path)).headers.get('cache-control'), path).toBe('no-cache');
    }
    expect((await get('/manifest.webmanifest')).headers.get('content-type')).toContain(
      'application/manifest+json',
    );
  });

  it('falls back to index.html for app paths that accept HTML, and 404s the rest', async () => {
    const page = await get('/journal/2024', { accept: 'text/html,application/xhtml+xml' });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Tend</title>');
    expect((await get('/journal/2024', { accept: 'application/json' })).status).toBe(404);
    expect((await get('/assets/missing-123.js', { accept: 'text/html' })).status).toBe(404);
    const api = await get('/api/v1/unknown', { accept: 'text/html' });
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/json');
  });

  it('never serves a file from outside the dist folder', async () => {
    writeFileSync(join(base.path, 'outside-secret.txt'), 'secret');
    for (const path of [
      '/../outside-secret.txt',
      '/%2e%2e/outside-secret.txt',
      '/..%2Foutside-secret.txt',
      '/assets/..%2F..%2Foutside-secret.txt',
      '/%00',
    ]) {
      const response = await get(path, { accept: 'text/html' });
      expect(await response.text(), path).not.toContain('secret');
    }
  });

  it('says to build the app when WEB_DIST is missing', async () => {
    const bare = await createTestServer();
    try {
      const response = await bare.call('GET', '/', { headers: { accept: 'text/html' } });
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm run build');
    } finally {
      await bare.close();
    }
  });
});

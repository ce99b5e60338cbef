import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { AppContextHono } from './app-env.ts';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

interface CachedFile {
  readonly mtimeMs: number;
  readonly size: number;
  readonly etag: string;
  readonly raw: Buffer;
  readonly gzip: Buffer | null;
  readonly br: Buffer | null;
}

/**
 * The build writes `<file>.br` and `<file>.gz` beside each file worth compressing (it alone decides
 * which); one older than the file is stale (a build that did not compress) and is not used. Nothing is
 * compressed here: compression on the request path would hold the event loop.
 */
async function readCompressed(file: string, mtimeMs: number): Promise<Buffer | null> {
  // No compressed copy (or one that cannot be read) is served uncompressed: nothing is lost.
  const info = await stat(file).catch(() => null);
  if (!info?.isFile() || info.mtimeMs < mtimeMs) return null;
  // Gone between stat and read (a deploy): the uncompressed file is served instead.
  return readFile(file).catch(() => null);
}

/** Hashed build output never changes under its name; everything else is revalidated every time. */
function cacheControl(relative: string): string {
  return relative.startsWith(`assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

function notBuilt(c: AppContextHono): Response {
  return c.text(
    'The Tend web app has not been built yet. Run `npm run build` in the project folder, then reload.\n',
    503,
  );
}

/** A path inside the dist folder, or null for anything that tries to leave it. */
function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = resolve(root, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  return file.startsWith(root + sep) ? file : null;
}

/**
 * Serves the built web app (WEB_DIST) from memory, with the compressed copies the build made. Unknown
 * extension-less paths that accept HTML get index.html, so the app's own router takes over.
 */
export function createStaticWeb(webDist: string) {
  const root = resolve(webDist);
  const cache = new Map<string, CachedFile>();

  async function load(file: string): Promise<CachedFile | null> {
    // A file that cannot be read is a file that is not there: the request is answered 404.
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return null;
    const cached = cache.get(file);
    if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached;
    const entry: CachedFile = {
      mtimeMs: info.mtimeMs,
      size: info.size,
      etag: `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`,
      raw: await readFile(file),
      gzip: await readCompressed(`${file}.gz`, info.mtimeMs),
      br: await readCompressed(`${file}.br`, info.mtimeMs),
    };
    cache.set(file, entry);
    return entry;
  }

  function respond(c: AppContextHono, file: string, entry: CachedFile): Response {
    c.header('content-type', contentTypes[extname(file)] ?? 'application/octet-stream');
    c.header('cache-control', cacheControl(file.slice(root.length + 1)));
    c.header('etag', entry.etag);
    c.header('vary', 'accept-encoding');
    if (c.req.header('if-none-match') === entry.etag) return c.body(null, 304);
    const accepts = c.req.header('accept-encoding') ?? '';
    const [body, encoding] =
      entry.br && /\bbr\b/.test(accepts)
        ? [entry.br, 'br']
        : entry.gzip && /\bgzip\b/.test(accepts)
          ? [entry.gzip, 'gzip']
          : [entry.raw, null];
    if (encoding) c.header('content-encoding', encoding);
    c.header('content-length', String(body.byteLength));
    return c.body(new Uint8Array(body), 200);
  }

  return async (c: AppContextHono): Promise<Response> => {
    const index = join(root, 'index.html');
    const indexEntry = await load(index);
    if (!indexEntry) return notBuilt(c);
    // The URL parser has already resolved dot segments; the path is decoded exactly once, here.
    const file = resolveInside(root, new URL(c.req.url).pathname);
    const entry = file ? await load(file) : null;
    if (file && entry) return respond(c, file, entry);
    const wantsPage = extname(c.req.path) === '' && (c.req.header('accept') ?? '').includes('text/html');
    if (wantsPage) return respond(c, index, indexEntry);
    return c.text('Not found\n', 404);
  };
}

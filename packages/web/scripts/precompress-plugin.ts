import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const compressible = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
  '.map',
]);
/** Below this, compression saves less than the headers it adds. */
const minBytes = 512;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Writes `<file>.gz` and `<file>.br` beside every compressible file of the build, at the strongest
 * settings, once. The server sends these as they are and never compresses on the request path, so
 * the first visitor after a restart costs it nothing. Runs after the bundle is written (and after the
 * service worker's precache list was made, which therefore never names them).
 */
export function precompressPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'tend-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      const files = (await filesUnder(outDir)).filter((file) => compressible.has(extname(file)));
      await Promise.all(
        files.map(async (file) => {
          const raw = await readFile(file);
          if (raw.byteLength < minBytes) return;
          const [gz, br] = await Promise.all([
            gzipAsync(raw, { level: 9 }),
            brotliAsync(raw, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: raw.byteLength,
              },
            }),
          ]);
          await Promise.all([writeFile(`${file}.gz`, gz), writeFile(`${file}.br`, br)]);
        }),
      );
    },
  };
}

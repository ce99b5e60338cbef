import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { linguiPlugins } from './scripts/lingui-plugins.ts';
import { precompressPlugin } from './scripts/precompress-plugin.ts';
import { pwaPlugin, serviceWorkerEntry } from './scripts/pwa-plugin.ts';
import { headScriptPlugin } from './scripts/head-script-plugin.ts';

const root = import.meta.dirname;
const { version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { version: string };

export default defineConfig({
  root,
  plugins: [...linguiPlugins(), react(), headScriptPlugin(), pwaPlugin(), precompressPlugin()],
  // Shown on the About page, so a person can say which Tend they have.
  define: { __TEND_APP_VERSION__: JSON.stringify(version) },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Every browser the app supports preloads modules itself; the polyfill would watch the document
    // for the app's whole life.
    modulePreload: {
      polyfill: false,
      // index.html names only the app's entry, beside its head script and stylesheet: a preload of each
      // small module the entry imports would ask for seven more files at once, and over HTTP/1.1 (six
      // connections) the stylesheet and the head script, which the first paint waits for, then queue
      // behind them. The entry names them itself, and they come as soon as it has arrived.
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? [] : deps),
    },
    rolldownOptions: {
      input: { index: `${root}/index.html`, [serviceWorkerEntry]: `${root}/src/sw/sw.ts` },
      output: {
        // The service worker must sit at the root with a stable name to control the whole app.
        entryFileNames: (chunk) => (chunk.name === serviceWorkerEntry ? 'sw.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  // The backup's worker and the unlock's Argon2id worker load their libraries (age, hash-wasm) as chunks
  // of their own, which needs ES module workers.
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});

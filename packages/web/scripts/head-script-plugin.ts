import { build, runnerImport, type Plugin } from 'vite';
import type { frameWords as FrameWordsTable } from '../src/app/frame-words-table.ts';
import { linguiPlugins } from './lingui-plugins.ts';

/** Where index.html loads the head script from (a classic script: it runs before the body is drawn). */
const scriptPath = '/head.js';
const source = `${import.meta.dirname}/../src/app`;

/** The frame's words in each language, read through the app's own catalogues and Lingui, as the app reads them. */
async function frameWords(): Promise<typeof FrameWordsTable> {
  const { module } = await runnerImport<{ frameWords: typeof FrameWordsTable }>(
    `${source}/frame-words-table.ts`,
    { configFile: false, logLevel: 'silent', plugins: linguiPlugins() },
  );
  return module.frameWords;
}

/** The head script as one self-contained classic script (no imports), minified, with the frame's words in it. */
export async function bundleHeadScript(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: linguiPlugins(),
    define: { __TEND_FRAME_WORDS__: JSON.stringify(await frameWords()) },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: {
        entry: `${source}/head-script.ts`,
        formats: ['iife'],
        name: 'tendHead',
        fileName: () => 'head.js',
      },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    const chunk = output.output.find((item) => item.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('tend-head-script: the head script was not built');
}

/**
 * Builds app/head-script.ts on its own as /head.js, and loads it first in index.html's head as a
 * classic script: before the body is drawn it sets the page's language, writes the frame's words in
 * it as the parser reaches them, and decides whether index.html's welcome shows.
 */
export function headScriptPlugin(): Plugin {
  return {
    name: 'tend-head-script',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if ((req.url ?? '').split('?')[0] !== scriptPath) return next();
        bundleHeadScript().then((code) => {
          res.setHeader('Content-Type', 'text/javascript');
          res.end(code);
        }, next);
      });
    },
    // First in the head, before the stylesheet: it runs before the body is drawn and waits for nothing.
    transformIndexHtml: () => [{ tag: 'script', attrs: { src: scriptPath }, injectTo: 'head-prepend' }],
    async generateBundle() {
      if (this.meta.watchMode) return;
      this.emitFile({ type: 'asset', fileName: scriptPath.slice(1), source: await bundleHeadScript() });
    },
  };
}

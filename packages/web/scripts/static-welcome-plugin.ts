import { build, type Plugin } from 'vite';

/** Where index.html loads the first-visit script from (a classic script: it runs before the body is drawn). */
const scriptPath = '/static-welcome.js';
const entry = `${import.meta.dirname}/../src/app/static-welcome-script.ts`;

/** The first-visit script as one self-contained classic script (no imports), minified. */
async function bundleScript(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['iife'], name: 'tendStaticWelcome', fileName: () => 'static-welcome.js' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    const chunk = output.output.find((item) => item.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('tend-static-welcome: the first-visit script was not built');
}

/**
 * Builds app/static-welcome-script.ts on its own as /static-welcome.js, and loads it first in index.html's
 * head as a classic script: it decides, before the body is drawn, whether index.html's welcome shows.
 */
export function staticWelcomePlugin(): Plugin {
  return {
    name: 'tend-static-welcome',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if ((req.url ?? '').split('?')[0] !== scriptPath) return next();
        bundleScript().then((code) => {
          res.setHeader('Content-Type', 'text/javascript');
          res.end(code);
        }, next);
      });
    },
    // First in the head, before the stylesheet: it runs before the body is drawn and waits for nothing.
    transformIndexHtml: () => [{ tag: 'script', attrs: { src: scriptPath }, injectTo: 'head-prepend' }],
    async generateBundle() {
      if (this.meta.watchMode) return;
      this.emitFile({ type: 'asset', fileName: scriptPath.slice(1), source: await bundleScript() });
    },
  };
}

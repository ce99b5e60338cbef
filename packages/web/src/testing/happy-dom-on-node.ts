import { builtinEnvironments, type Environment } from 'vitest/runtime';

const happyDom = builtinEnvironments['happy-dom'];

/**
 * What stays Node's own on the page: the fetch API and URL. The app reaches the network only through
 * the vault's `fetch` (the real server in process, here), and happy-dom's versions act as a page's
 * script sees them, without the session cookie that server sets, and resolve a file's URL against the
 * page's address.
 */
const keptFromNode = [
  'fetch',
  'Request',
  'Response',
  'Headers',
  'FormData',
  'AbortController',
  'AbortSignal',
  'URL',
  'URLSearchParams',
] as const;

/**
 * happy-dom's page, with the modules compiled as Node's (Vite's server side) rather than a browser's,
 * so the server in process finds its files by `import.meta.url` as it does in Node.
 */
export default {
  name: 'happy-dom-on-node',
  viteEnvironment: 'ssr',
  async setup(global, options) {
    const node = keptFromNode.map((key) => [key, Object.getOwnPropertyDescriptor(global, key)] as const);
    const page = await happyDom.setup(global, options);
    for (const [key, descriptor] of node) if (descriptor) Object.defineProperty(global, key, descriptor);
    return page;
  },
} satisfies Environment;

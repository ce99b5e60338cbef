import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Plugin, Rolldown } from 'vite';

type PluginContext = Rolldown.PluginContext;
type OutputBundle = Rolldown.OutputBundle;
import { iconPng, iconSvg } from './icon-art.ts';

/**
 * What an install dialog shows: home with a generated vault, as it fits a phone and a desktop
 * (`npm run screenshots -- --manifest` makes them). Served but never precached.
 */
const screenshotFolder = `${import.meta.dirname}/../assets/screenshots`;
const screenshots = [
  { file: 'home-narrow.jpg', sizes: '390x844', form_factor: 'narrow', label: 'Home on a phone' },
  { file: 'home-wide.jpg', sizes: '1280x800', form_factor: 'wide', label: 'Home on a desktop' },
].filter((shot) => existsSync(`${screenshotFolder}/${shot.file}`));

/** The web app manifest: installable, standalone, the calm palette. */
function manifest(): string {
  return JSON.stringify(
    {
      name: 'Tend',
      short_name: 'Tend',
      description: 'A private, local-first companion for reflection and relational healing.',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#f6f4ee',
      theme_color: '#2d6a52',
      icons: [
        { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
      // A long press on the installed icon: the moments that cannot wait for home.
      shortcuts: [
        {
          name: 'Pause',
          short_name: 'Pause',
          description: 'A pause, when something hits hard',
          url: '/pause',
        },
        {
          name: 'Support now',
          short_name: 'Support',
          description: 'Crisis lines and your plan',
          url: '/support',
        },
        {
          name: 'New journal entry',
          short_name: 'Write',
          description: 'Write in your journal',
          url: '/journal/new',
        },
      ].map((shortcut) => ({ ...shortcut, icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }] })),
      screenshots: screenshots.map(({ file, ...shot }) => ({
        src: `/screenshots/${file}`,
        type: 'image/jpeg',
        ...shot,
      })),
    },
    null,
    2,
  );
}

/** Static files of the PWA: the manifest and the icons, made here. */
function pwaFiles(): Map<string, string | Uint8Array> {
  return new Map<string, string | Uint8Array>([
    ['manifest.webmanifest', manifest()],
    ['icons/icon.svg', iconSvg],
    ['icons/icon-192.png', iconPng(192)],
    ['icons/icon-512.png', iconPng(512)],
    ['icons/maskable-512.png', iconPng(512, { maskable: true })],
    ['icons/apple-touch-icon.png', iconPng(180, { maskable: true })],
    ...screenshots.map(
      ({ file }) =>
        [`screenshots/${file}`, new Uint8Array(readFileSync(`${screenshotFolder}/${file}`))] as const,
    ),
  ]);
}

const contentTypes: Record<string, string> = {
  webmanifest: 'application/manifest+json',
  js: 'text/javascript',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
};

export const serviceWorkerEntry = 'sw';

/**
 * Writes the manifest and icons, and finishes the service worker: it gets the list of every built
 * file to precache and a version hash of their contents, so a new build makes a new cache.
 */
export function pwaPlugin(): Plugin {
  let files: Map<string, string | Uint8Array> | null = null;
  const ensureFiles = () => (files ??= pwaFiles());

  return {
    name: 'tend-pwa',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]?.slice(1) ?? '';
        const file = ensureFiles().get(path);
        if (file === undefined) return next();
        res.setHeader(
          'Content-Type',
          contentTypes[path.split('.').pop() ?? ''] ?? 'application/octet-stream',
        );
        res.end(file);
      });
    },
    buildStart() {
      if (this.meta.watchMode) return;
      for (const [fileName, source] of ensureFiles()) this.emitFile({ type: 'asset', fileName, source });
    },
    // Last, so that index.html (written by Vite's own HTML plugin) is in the list too.
    generateBundle: { order: 'post', handler: finishServiceWorker },
  };
}

function finishServiceWorker(this: PluginContext, _options: unknown, bundle: OutputBundle): void {
  const worker = Object.values(bundle).find(
    (item) => item.type === 'chunk' && item.name === serviceWorkerEntry,
  );
  if (!worker || worker.type !== 'chunk')
    return this.error('tend-pwa: the service worker entry was not built');

  const hash = createHash('sha256');
  const precache: string[] = [];
  for (const item of Object.values(bundle).sort((a, b) => a.fileName.localeCompare(b.fileName))) {
    // Screenshots are for an install dialog, not for using Tend offline.
    if (item === worker || item.fileName.endsWith('.map') || item.fileName.startsWith('screenshots/'))
      continue;
    precache.push(`/${item.fileName}`);
    hash.update(item.fileName).update(item.type === 'chunk' ? item.code : item.source);
  }
  const version = hash.digest('hex').slice(0, 16);
  if (!worker.code.includes('__TEND_PRECACHE__') || !worker.code.includes('__TEND_VERSION__')) {
    return this.error('tend-pwa: the service worker lost its placeholders');
  }
  worker.code = worker.code
    .replaceAll('__TEND_PRECACHE__', JSON.stringify(precache))
    .replaceAll('__TEND_VERSION__', JSON.stringify(version));
}

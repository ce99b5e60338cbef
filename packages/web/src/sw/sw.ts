/**
 * The service worker, built by Vite as its own entry (sw.js at the root scope). The build writes the
 * list of files and a version hash in place of the two names below (scripts/pwa-plugin.ts).
 */
import { cacheName, cacheStrategy, staleCaches } from './cache-policy.ts';

declare const __TEND_PRECACHE__: readonly string[];
declare const __TEND_VERSION__: string;

interface ExtendableEventLike extends Event {
  waitUntil(promise: Promise<unknown>): void;
}

interface FetchEventLike extends ExtendableEventLike {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}

interface WorkerScope {
  readonly location: Location;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEventLike) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEventLike) => void): void;
}

// lib.dom types the global scope as a Window; in this file it is a service worker's scope.
const scope = globalThis as unknown as WorkerScope;
const shellCache = cacheName(__TEND_VERSION__);
const precached = new Set(__TEND_PRECACHE__);
const navigationTimeoutMs = 4000;

scope.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(shellCache)
      .then((cache) => cache.addAll([...precached]))
      .then(() => scope.skipWaiting()),
  );
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(staleCaches(names, shellCache).map((name) => caches.delete(name))))
      .then(() => scope.clients.claim()),
  );
});

/** The network when it answers in time (fresh shell after a deploy), else the cached shell. */
async function navigation(request: Request): Promise<Response> {
  const cached = caches.match('/index.html', { cacheName: shellCache });
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, navigationTimeoutMs, undefined));
  try {
    const network = fetch(request);
    // When the cached shell wins the race, a later network failure is expected, not an error.
    network.catch(() => undefined);
    const first = await Promise.race([network, timeout]);
    if (first) return first;
    return (await cached) ?? (await network);
  } catch {
    return (await cached) ?? Response.error();
  }
}

async function cacheFirst(request: Request): Promise<Response> {
  const cached = await caches.match(request, { cacheName: shellCache });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const copy = response.clone();
    void caches.open(shellCache).then((cache) => cache.put(request, copy));
  }
  return response;
}

scope.addEventListener('fetch', (event) => {
  const strategy = cacheStrategy(event.request, scope.location.origin, precached);
  if (strategy === 'navigation') event.respondWith(navigation(event.request));
  else if (strategy === 'cache-first') event.respondWith(cacheFirst(event.request));
});

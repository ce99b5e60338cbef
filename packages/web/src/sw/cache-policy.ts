/** How the service worker answers one request. Pure, so the rules can be tested without a browser. */
export type CacheStrategy = 'pass-through' | 'navigation' | 'cache-first';

export interface RequestFacts {
  readonly method: string;
  readonly url: string;
  readonly mode: string;
}

export function cacheStrategy(
  request: RequestFacts,
  origin: string,
  precached: ReadonlySet<string>,
): CacheStrategy {
  if (request.method !== 'GET') return 'pass-through';
  const url = new URL(request.url);
  if (url.origin !== origin) return 'pass-through';
  // The API is never cached: its answers are per person and per moment.
  if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return 'pass-through';
  if (request.mode === 'navigate') return 'navigation';
  if (precached.has(url.pathname) || url.pathname.startsWith('/assets/')) return 'cache-first';
  return 'pass-through';
}

export const cachePrefix = 'tend-shell-';

export function cacheName(version: string): string {
  return `${cachePrefix}${version}`;
}

/** Caches from earlier versions, to delete once the new one is active. Other apps' caches are left alone. */
export function staleCaches(names: readonly string[], current: string): string[] {
  return names.filter((name) => name.startsWith(cachePrefix) && name !== current);
}

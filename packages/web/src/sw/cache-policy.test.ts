import { describe, expect, it } from 'vitest';
import { cacheName, cacheStrategy, staleCaches } from './cache-policy.ts';

const origin = 'https://tend.example';
const precached = new Set(['/index.html', '/assets/index-abc.js', '/manifest.webmanifest']);
const get = (path: string, mode = 'cors') => ({ method: 'GET', url: `${origin}${path}`, mode });

describe('cacheStrategy', () => {
  it('never touches the API, whatever the method or mode', () => {
    expect(cacheStrategy(get('/api/v1/sync/pull?after=0'), origin, precached)).toBe('pass-through');
    expect(cacheStrategy(get('/api/v1/health', 'navigate'), origin, precached)).toBe('pass-through');
    expect(cacheStrategy({ ...get('/api/v1/sync/push'), method: 'POST' }, origin, precached)).toBe(
      'pass-through',
    );
  });

  it('answers navigations from the shell', () => {
    expect(cacheStrategy(get('/journal/abc', 'navigate'), origin, precached)).toBe('navigation');
    expect(cacheStrategy(get('/', 'navigate'), origin, precached)).toBe('navigation');
  });

  it('serves built files from the cache first', () => {
    expect(cacheStrategy(get('/assets/index-abc.js'), origin, precached)).toBe('cache-first');
    expect(cacheStrategy(get('/assets/lazy-def.js'), origin, precached)).toBe('cache-first');
    expect(cacheStrategy(get('/manifest.webmanifest'), origin, precached)).toBe('cache-first');
  });

  it('leaves other origins, writes and unknown files alone', () => {
    expect(cacheStrategy(get('/elsewhere.txt'), origin, precached)).toBe('pass-through');
    expect(
      cacheStrategy({ ...get('/assets/x.js'), url: 'https://other.example/assets/x.js' }, origin, precached),
    ).toBe('pass-through');
    expect(cacheStrategy({ ...get('/index.html'), method: 'HEAD' }, origin, precached)).toBe('pass-through');
  });
});

describe('staleCaches', () => {
  it('lists only earlier versions of our own cache', () => {
    const current = cacheName('v2');
    expect(staleCaches([cacheName('v1'), current, 'someone-else'], current)).toEqual([cacheName('v1')]);
  });
});

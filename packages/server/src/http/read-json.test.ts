import { describe, expect, it } from 'vitest';
import { queryOf } from './read-json.ts';

describe('queryOf', () => {
  it('reads a query as URL.searchParams does, odd ones included', () => {
    const urls = [
      'http://localhost/api/v1/sync/pull',
      'http://localhost/api/v1/sync/pull?',
      'http://localhost/api/v1/sync/pull?after=12&limit=500',
      'http://localhost:8080/api/v1/sync/pull?after=1&after=2',
      'http://127.0.0.1/api/v1/sync/pull?after=%31%32&x=a+b&y=%E2%9C%93&z',
      'http://localhost/api/v1/sync/pull?a="<x>"&b=é&c=%zz&=empty&d==',
      'http://localhost/api/v1/sync/pull?after=3#after=4',
      'http://localhost/path?q=1?2&r=/s',
    ];
    for (const url of urls) {
      expect([...queryOf(url).entries()], url).toEqual([...new URL(url).searchParams.entries()]);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { createHttpClient, offlineCode, type FetchLike } from './http-client.ts';
import { ServiceError } from './vault-service.ts';

function client(answer: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, init });
    return answer(url, init);
  };
  return { http: createHttpClient({ baseUrl: '', fetch }), calls };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ServiceError)) throw new Error('expected a ServiceError');
  return error.code;
}

describe('the HTTP client', () => {
  it('sends the CSRF header and JSON on writes, never on reads, always same-origin', async () => {
    const { http, calls } = client((url) =>
      json(200, url.includes('push') ? { results: [] } : { records: [], cursor: 4, hasMore: false }),
    );
    await http.call('push', { body: { changes: [] } });
    await http.call('pull', { query: { after: 4, limit: 10 } });
    const [push, pull] = calls;
    expect(push?.url).toBe('/api/v1/sync/push');
    expect(push?.init).toMatchObject({ method: 'POST', credentials: 'same-origin', body: '{"changes":[]}' });
    expect(new Headers(push?.init.headers).get('x-tend-request')).toBe('1');
    expect(pull?.url).toBe('/api/v1/sync/pull?after=4&limit=10');
    expect(pull?.init).toMatchObject({ method: 'GET', credentials: 'same-origin' });
    expect(pull?.init.body).toBeUndefined();
    expect(new Headers(pull?.init.headers).get('x-tend-request')).toBeNull();
  });

  it('turns an error answer into its contract code, from the body or else the status', async () => {
    const withBody = client(() =>
      json(429, { error: { code: 'rate_limited', message: 'x', requestId: 'r' } }),
    );
    expect(await codeOf(withBody.http.send('login'))).toBe('rate_limited');
    const bare = client(() => new Response('<html>', { status: 409 }));
    expect(await codeOf(bare.http.send('signup'))).toBe('account_unavailable');
    const odd = client(() => json(502, { error: { code: 'made_up' } }));
    expect(await codeOf(odd.http.send('signup'))).toBe('internal');
    const unknownCode = client(() => json(429, { error: { code: 'made_up', message: 'x', requestId: 'r' } }));
    expect(await codeOf(unknownCode.http.send('login'))).toBe('rate_limited');
  });

  it('reports a network failure as offline', async () => {
    const { http } = client(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await codeOf(http.send('logout'))).toBe(offlineCode);
  });

  it('refuses an answer that does not match the contract', async () => {
    const { http } = client(() => json(200, { status: 'ok', database: 'oracle' }));
    expect(await codeOf(http.call('health'))).toBe('internal');
    const notJson = client(() => new Response('not json', { status: 200 }));
    expect(await codeOf(notJson.http.call('health'))).toBe('internal');
  });
});

import { maxPullPage, PullResponse, PushResponse, type PushChange, type PushResult } from '@tend/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from './support/databases.ts';
import { newCiphertext, newId } from './support/factories.ts';
import { createTestServer, type TestServer } from './support/test-server.ts';

describe.each(testDatabases())('sync routes on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer({ database, cheapHashing: true });
  });
  afterAll(() => server.close());

  const push = async (cookie: string, changes: PushChange[]): Promise<PushResult[]> => {
    const response = await server.call('POST', '/api/v1/sync/push', { cookie, body: { changes } });
    expect(response.status).toBe(200);
    return PushResponse.parse(await response.json()).results;
  };
  const pull = async (cookie: string, query = '') => {
    const response = await server.call('GET', `/api/v1/sync/pull${query}`, { cookie });
    expect(response.status).toBe(200);
    return PullResponse.parse(await response.json());
  };

  it('inserts at version 1, updates on the current version, and numbers writes with the owner sequence', async () => {
    const { cookie } = await server.signUp();
    const [a, b] = [newId(), newId()];
    const first = await push(cookie, [
      { id: a, baseVersion: 0, ciphertext: newCiphertext() },
      { id: b, baseVersion: 0, ciphertext: newCiphertext() },
    ]);
    expect(first).toEqual([
      { id: a, status: 'accepted', version: 1, seq: 1 },
      { id: b, status: 'accepted', version: 1, seq: 2 },
    ]);
    const text = newCiphertext(100);
    expect(await push(cookie, [{ id: a, baseVersion: 1, ciphertext: text }])).toEqual([
      { id: a, status: 'accepted', version: 2, seq: 3 },
    ]);
    const all = await pull(cookie);
    expect(all.records.map((r) => [r.id, r.version, r.seq])).toEqual([
      [b, 1, 2],
      [a, 2, 3],
    ]);
    expect(all.records[1]?.ciphertext).toBe(text);
    expect(all).toMatchObject({ cursor: 3, hasMore: false });
  });

  it('answers a retry of an applied write with the same result and writes nothing', async () => {
    const { cookie } = await server.signUp();
    const change = { id: newId(), baseVersion: 0, ciphertext: newCiphertext() };
    const first = await push(cookie, [change]);
    expect(await push(cookie, [change])).toEqual(first);
    const tombstone = { id: change.id, baseVersion: 1, deleted: true as const };
    const deleted = await push(cookie, [tombstone]);
    expect(await push(cookie, [tombstone])).toEqual(deleted);
    expect((await pull(cookie)).records).toHaveLength(1);
    expect((await pull(cookie)).cursor).toBe(2);
  });

  it('reports a conflict with the current record for a stale base or a different retry', async () => {
    const { cookie } = await server.signUp();
    const id = newId();
    const stored = newCiphertext();
    await push(cookie, [{ id, baseVersion: 0, ciphertext: stored }]);
    const current = { id, version: 1, seq: 1, ciphertext: stored, deleted: false };
    expect(await push(cookie, [{ id, baseVersion: 0, ciphertext: newCiphertext() }])).toEqual([
      { id, status: 'conflict', current },
    ]);
    expect(await push(cookie, [{ id, baseVersion: 0, deleted: true }])).toEqual([
      { id, status: 'conflict', current },
    ]);
    expect(await push(cookie, [{ id, baseVersion: 5, ciphertext: stored }])).toEqual([
      { id, status: 'conflict', current },
    ]);
    expect((await pull(cookie)).cursor).toBe(1);
  });

  it('keeps tombstones: pulled with null ciphertext, and a conflict reports them', async () => {
    const { cookie } = await server.signUp();
    const id = newId();
    await push(cookie, [{ id, baseVersion: 0, ciphertext: newCiphertext() }]);
    expect(await push(cookie, [{ id, baseVersion: 1, deleted: true }])).toEqual([
      { id, status: 'accepted', version: 2, seq: 2 },
    ]);
    const tombstone = { id, version: 2, seq: 2, ciphertext: null, deleted: true };
    expect((await pull(cookie)).records).toEqual([tombstone]);
    expect(await push(cookie, [{ id, baseVersion: 1, ciphertext: newCiphertext() }])).toEqual([
      { id, status: 'conflict', current: tombstone },
    ]);
  });

  it('keeps a sealed tombstone: pulled as its ciphertext, answered in a conflict, a resealed retry taken as one', async () => {
    const { cookie } = await server.signUp();
    const id = newId();
    await push(cookie, [{ id, baseVersion: 0, ciphertext: newCiphertext() }]);
    const sealed = newCiphertext(29);
    const deletion = { id, baseVersion: 1, deleted: true as const, tombstone: sealed };
    const accepted = await push(cookie, [deletion]);
    expect(accepted).toEqual([{ id, status: 'accepted', version: 2, seq: 2 }]);
    // The same deletion sealed again (a fresh nonce) is a retry, not a conflict.
    expect(await push(cookie, [{ ...deletion, tombstone: newCiphertext(29) }])).toEqual(accepted);
    const tombstone = { id, version: 2, seq: 2, ciphertext: sealed, deleted: true };
    expect((await pull(cookie)).records).toEqual([tombstone]);
    expect(await push(cookie, [{ id, baseVersion: 1, ciphertext: newCiphertext() }])).toEqual([
      { id, status: 'conflict', current: tombstone },
    ]);
    const tooLong = await server.call('POST', '/api/v1/sync/push', {
      cookie,
      body: { changes: [{ ...deletion, baseVersion: 2, tombstone: newCiphertext(65) }] },
    });
    expect(tooLong.status).toBe(400);
  });

  it('stores a change for an id it never held at baseVersion + 1, the version it was sealed for', async () => {
    const { cookie } = await server.signUp();
    const id = newId();
    expect(await push(cookie, [{ id, baseVersion: 4, ciphertext: newCiphertext() }])).toEqual([
      { id, status: 'accepted', version: 5, seq: 1 },
    ]);
  });

  it('applies two changes to one id within a batch in order', async () => {
    const { cookie } = await server.signUp();
    const id = newId();
    const results = await push(cookie, [
      { id, baseVersion: 0, ciphertext: newCiphertext() },
      { id, baseVersion: 1, ciphertext: newCiphertext() },
      { id, baseVersion: 1, ciphertext: newCiphertext() },
    ]);
    expect(results.map((r) => r.status)).toEqual(['accepted', 'accepted', 'conflict']);
    expect(results[1]).toEqual({ id, status: 'accepted', version: 2, seq: 2 });
  });

  it('pages by cursor until hasMore is false', async () => {
    const { cookie } = await server.signUp();
    const ids = Array.from({ length: 7 }, () => newId());
    await push(
      cookie,
      ids.map((id) => ({ id, baseVersion: 0, ciphertext: newCiphertext(30) })),
    );
    const seen: string[] = [];
    let after = 0;
    for (let page = 0; page < 10; page += 1) {
      const result = await pull(cookie, `?after=${after}&limit=3`);
      seen.push(...result.records.map((r) => r.id));
      after = result.cursor;
      if (!result.hasMore) break;
    }
    expect(seen).toEqual(ids);
    expect(after).toBe(7);
    expect(await pull(cookie, '?after=7')).toEqual({ records: [], cursor: 7, hasMore: false });
    expect(await pull(cookie, '?after=100')).toEqual({ records: [], cursor: 100, hasMore: false });
  });

  it('gives the account its turn back after a HEAD, whose page is never read', async () => {
    const { cookie } = await server.signUp();
    await push(cookie, [{ id: newId(), baseVersion: 0, ciphertext: newCiphertext() }]);
    for (let i = 0; i < 3; i += 1) {
      const head = await server.call('HEAD', '/api/v1/sync/pull', { cookie });
      expect(head.status).toBe(200);
    }
    expect((await pull(cookie)).records).toHaveLength(1);
  });

  it("keeps every owner's records and sequence apart", async () => {
    const alice = await server.signUp();
    const bob = await server.signUp();
    const id = newId();
    await push(alice.cookie, [{ id, baseVersion: 0, ciphertext: newCiphertext() }]);
    expect(await push(bob.cookie, [{ id, baseVersion: 0, ciphertext: newCiphertext() }])).toEqual([
      { id, status: 'accepted', version: 1, seq: 1 },
    ]);
    expect((await pull(bob.cookie)).records).toHaveLength(1);
    expect((await pull(alice.cookie)).records[0]?.ciphertext).not.toBe(
      (await pull(bob.cookie)).records[0]?.ciphertext,
    );
  });

  it('refuses push and pull without a session, and bad queries with 400', async () => {
    const changes = [{ id: newId(), baseVersion: 0, ciphertext: newCiphertext() }];
    expect((await server.call('POST', '/api/v1/sync/push', { body: { changes } })).status).toBe(401);
    expect((await server.call('GET', '/api/v1/sync/pull')).status).toBe(401);
    const { cookie } = await server.signUp();
    for (const query of [
      '?after=-1',
      '?limit=0',
      `?limit=${maxPullPage + 1}`,
      '?limit=99999',
      '?after=1.5',
      '?after=x',
      '?after=1&after=2',
      '?other=1',
    ]) {
      expect((await server.call('GET', `/api/v1/sync/pull${query}`, { cookie })).status, query).toBe(400);
    }
    const badBase64 = [{ id: newId(), baseVersion: 0, ciphertext: 'A'.repeat(41) }];
    expect(
      (await server.call('POST', '/api/v1/sync/push', { cookie, body: { changes: badBase64 } })).status,
    ).toBe(400);
  });
});

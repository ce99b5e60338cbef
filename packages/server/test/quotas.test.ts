import { PullResponse, type PushChange } from '@tend/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from './support/databases.ts';
import { newId, randomB64 } from './support/factories.ts';
import {
  callRoute,
  connect,
  errorCode,
  fetchRecords,
  openPractice,
  writeShared,
} from './support/practice.ts';
import { createTestServer, type TestServer } from './support/test-server.ts';

const kib = 1024;

describe.each(testDatabases())('quotas on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    // 200 KiB per account and 150 KiB per share: small enough to fill in a few requests.
    server = await createTestServer({
      database,
      cheapHashing: true,
      env: { ACCOUNT_QUOTA_MB: String(200 / 1024), SHARE_QUOTA_MB: String(150 / 1024) },
    });
  });
  afterAll(() => server.close());

  const push = (cookie: string, changes: PushChange[]) =>
    callRoute(server, 'push', { cookie, body: { changes } });
  const pullAll = async (cookie: string) => {
    const response = await callRoute(server, 'pull', { cookie });
    return PullResponse.parse(await response.json());
  };
  const record = (bytes: number): PushChange => ({
    id: newId(),
    baseVersion: 0,
    ciphertext: randomB64(bytes),
  });

  it('refuses a push that would fill the account past its quota, whole, and keeps everything as it was', async () => {
    const { cookie, session } = await server.signUp();
    const first = [record(60 * kib), record(60 * kib)];
    expect((await push(cookie, first)).status).toBe(200);
    const before = await pullAll(cookie);
    const over = await push(cookie, [record(10 * kib), record(75 * kib)]);
    expect([over.status, await errorCode(over)]).toEqual([413, 'quota_exceeded']);
    expect(await pullAll(cookie)).toEqual(before);
    const totals = await server.ctx.store.accounts.lockTotals(session.accountId);
    expect(totals).toEqual({ seq: 2, storedBytes: 120 * kib });
    // What fits still goes in; replacing a record counts only the difference.
    expect((await push(cookie, [record(70 * kib)])).status).toBe(200);
    const edit = { id: first[0]?.id ?? '', baseVersion: 1, ciphertext: randomB64(75 * kib) };
    expect((await push(cookie, [edit])).status).toBe(413);
    expect((await push(cookie, [{ ...edit, ciphertext: randomB64(50 * kib) }])).status).toBe(200);
  });

  it('lets a full account delete and shrink, so it can always make room', async () => {
    const { cookie, session } = await server.signUp();
    const big = record(190 * kib);
    expect((await push(cookie, [big])).status).toBe(200);
    expect((await push(cookie, [record(20 * kib)])).status).toBe(413);
    const removal = await push(cookie, [{ id: big.id, baseVersion: 1, deleted: true }]);
    expect(removal.status).toBe(200);
    expect(await server.ctx.store.accounts.lockTotals(session.accountId)).toMatchObject({ storedBytes: 0 });
    expect((await push(cookie, [record(20 * kib)])).status).toBe(200);
  });

  it('counts sealed tombstones for nothing, so a full account can push any deletion', async () => {
    const { cookie, session } = await server.signUp();
    const big = record(200 * kib);
    expect((await push(cookie, [big])).status).toBe(200);
    // A record made and deleted offline reaches the server only as a tombstone: still taken.
    const tombstone = randomB64(29);
    const gone = { id: newId(), baseVersion: 1, deleted: true as const, tombstone };
    expect((await push(cookie, [gone])).status).toBe(200);
    const removal = await push(cookie, [{ id: big.id, baseVersion: 1, deleted: true, tombstone }]);
    expect(removal.status).toBe(200);
    expect(await server.ctx.store.accounts.lockTotals(session.accountId)).toMatchObject({ storedBytes: 0 });
  });

  it("refuses shared writes past the share's quota whole, from either side, and keeps the share as it was", async () => {
    const practitioner = await server.signUp();
    await openPractice(server, practitioner);
    const client = await server.signUp();
    const shareId = await connect(server, client, practitioner);
    const shared = () => ({ id: newId(), baseVersion: 0, ciphertext: randomB64(60 * kib) });
    await writeShared(server, client.cookie, shareId, [shared(), shared()]);
    const before = await fetchRecords(server, client, shareId);
    for (const person of [client, practitioner]) {
      const over = await callRoute(server, 'writeShared', {
        cookie: person.cookie,
        body: { shareId, changes: [shared()] },
      });
      expect([over.status, await errorCode(over)]).toEqual([413, 'quota_exceeded']);
    }
    expect(await fetchRecords(server, client, shareId)).toEqual(before);
    const [first] = before;
    const removed = await writeShared(server, client.cookie, shareId, [
      { id: first?.id ?? '', baseVersion: 1, deleted: true },
    ]);
    expect(removed).toEqual([{ id: first?.id, status: 'removed' }]);
    await writeShared(server, practitioner.cookie, shareId, [shared()]);
  });
});

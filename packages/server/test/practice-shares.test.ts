import { createHash } from 'node:crypto';
import {
  accessLogEntryText,
  accessLogGenesis,
  maxSharedRecordBatch,
  maxSharedRecordsPerShare,
  type AccessLogEntry,
  type SharedChange,
} from '@tend/contract';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from './support/databases.ts';
import { newCiphertext, newId, randomB64 } from './support/factories.ts';
import {
  acceptRequest,
  callRoute,
  connect,
  errorCode as codeOf,
  fetchRecords as fetchRecordsOf,
  invite,
  listShares as listSharesOf,
  readAccessLog,
  signUpPractitioner,
  writeShared,
} from './support/practice.ts';
import { createTestServer, type SignedUp, type TestServer } from './support/test-server.ts';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64url');

describe.each(testDatabases())('share routes on $name', (database) => {
  let server: TestServer;
  let now = 1_800_000_000_000;
  beforeAll(async () => {
    server = await createTestServer({ database, clock: { now: () => now }, cheapHashing: true });
  });
  afterAll(() => server.close());

  const practitioner = () => signUpPractitioner(server);
  const listShares = (person: SignedUp) => listSharesOf(server, person);
  const fetchRecords = (person: SignedUp, shareId: string) => fetchRecordsOf(server, person, shareId);
  const write = (person: SignedUp, shareId: string, changes: SharedChange[]) =>
    writeShared(server, person.cookie, shareId, changes);
  const accessLog = (person: SignedUp, query = '') => readAccessLog(server, person, query);
  const countRows = async (table: 'shares' | 'shared_records', shareId: string) => {
    const column = table === 'shares' ? 'id' : 'share_id';
    const result = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)} where ${sql.ref(
      column,
    )} = ${shareId}`.execute(server.ctx.database.db);
    return Number(result.rows[0]?.n);
  };
  const newRecord = (): SharedChange => ({ id: newId(), baseVersion: 0, ciphertext: newCiphertext(40) });

  describe('shares', () => {
    it('are listed from both sides with the counters of what is new, and relabelled by the client only', async () => {
      const owner = await practitioner();
      const client = await server.signUp();
      const body = acceptRequest(await invite(server, owner), client);
      await callRoute(server, 'acceptInvitation', { cookie: client.cookie, body });
      await write(client, body.shareId, [newRecord(), newRecord()]);
      const asPractitioner = {
        shareId: body.shareId,
        clientId: client.session.accountId,
        createdAt: now,
        sealedShareKey: body.sealedShareKey,
        sealedClientLabel: body.sealedClientLabel,
        clientSeq: 2,
        seenSeq: 0,
      };
      expect(await listShares(owner)).toEqual({
        isPractitioner: true,
        asClient: [],
        asPractitioner: [asPractitioner],
      });
      await fetchRecords(owner, body.shareId);
      await write(owner, body.shareId, [newRecord()]);
      expect((await listShares(owner)).asPractitioner).toEqual([{ ...asPractitioner, seenSeq: 2 }]);
      expect(await listShares(client)).toEqual({
        isPractitioner: false,
        asClient: [
          {
            shareId: body.shareId,
            practitionerId: owner.session.accountId,
            createdAt: now,
            practitionerSeq: 3,
          },
        ],
        asPractitioner: [],
      });

      const sealedClientLabel = randomB64(48);
      const relabel = (person: SignedUp, shareId: string) =>
        callRoute(server, 'relabelShare', { cookie: person.cookie, body: { shareId, sealedClientLabel } });
      expect((await relabel(owner, body.shareId)).status).toBe(404);
      expect((await relabel(client, newId())).status).toBe(404);
      expect((await relabel(client, body.shareId)).status).toBe(204);
      expect((await listShares(owner)).asPractitioner[0]?.sealedClientLabel).toBe(sealedClientLabel);
    });
  });

  describe('sealed share keys and client names', () => {
    it('are stored as the bytes the text stood for, and text no encoder makes is refused at the edge', async () => {
      const owner = await practitioner();
      const client = await server.signUp();
      const body = acceptRequest(await invite(server, owner), client);
      // A length of 4n + 1 characters passes the contract's pattern but is no bytes at all.
      const noBytes = (text: string) => text + 'A'.repeat((((1 - text.length) % 4) + 4) % 4);
      const mangled = { ...body, sealedClientLabel: noBytes(body.sealedClientLabel) };
      const refused = await callRoute(server, 'acceptInvitation', { cookie: client.cookie, body: mangled });
      expect(refused.status).toBe(400);
      expect(await countRows('shares', body.shareId)).toBe(0);

      await callRoute(server, 'acceptInvitation', { cookie: client.cookie, body });
      const relabelled = randomB64(48);
      const relabel = (sealedClientLabel: string) =>
        callRoute(server, 'relabelShare', {
          cookie: client.cookie,
          body: { shareId: body.shareId, sealedClientLabel },
        });
      expect((await relabel(noBytes(relabelled))).status).toBe(400);
      expect((await relabel(relabelled)).status).toBe(204);
      const row = await server.ctx.database.db
        .selectFrom('shares')
        .select(['sealed_share_key', 'sealed_client_label'])
        .where('id', '=', body.shareId)
        .executeTakeFirstOrThrow();
      expect(row.sealed_share_key).toBeInstanceOf(Uint8Array);
      expect(Buffer.from(row.sealed_share_key).toString('base64url')).toBe(body.sealedShareKey);
      expect(Buffer.from(row.sealed_client_label).toString('base64url')).toBe(relabelled);
    });
  });

  describe('writeShared', () => {
    it("writes as the caller's side, and nobody edits or removes the other side's words", async () => {
      const owner = await practitioner();
      const client = await server.signUp();
      const shareId = await connect(server, client, owner);
      const [a, b] = [newRecord(), newRecord()];
      expect(await write(client, shareId, [a])).toEqual([
        { id: a.id, status: 'accepted', version: 1, seq: 1 },
      ]);
      expect(await write(owner, shareId, [b])).toEqual([
        { id: b.id, status: 'accepted', version: 1, seq: 2 },
      ]);
      expect(
        await write(owner, shareId, [
          { id: a.id, baseVersion: 1, ciphertext: newCiphertext() },
          { id: a.id, baseVersion: 1, deleted: true },
        ]),
      ).toEqual([
        { id: a.id, status: 'not-yours' },
        { id: a.id, status: 'not-yours' },
      ]);
      expect(await write(client, shareId, [{ id: b.id, baseVersion: 1, deleted: true }])).toEqual([
        { id: b.id, status: 'not-yours' },
      ]);
      const records = await fetchRecords(client, shareId);
      expect(records.map((r) => [r.id, r.author, r.version, r.seq])).toEqual([
        [a.id, 'client', 1, 1],
        [b.id, 'practitioner', 1, 2],
      ]);
      expect(records[0]).toMatchObject({ ciphertext: 'ciphertext' in a ? a.ciphertext : '', updatedAt: now });
    });

    it('edits on the current version, reports conflicts, answers a retry as before, and removes', async () => {
      const owner = await practitioner();
      const client = await server.signUp();
      const shareId = await connect(server, client, owner);
      const id = newId();
      const first = newCiphertext();
      await write(client, shareId, [{ id, baseVersion: 0, ciphertext: first }]);
      const current = { id, version: 1, seq: 1, author: 'client', ciphertext: first, updatedAt: now };
      expect(await write(client, shareId, [{ id, baseVersion: 0, ciphertext: newCiphertext() }])).toEqual([
        { id, status: 'conflict', current },
      ]);
      expect(await write(client, shareId, [{ id, baseVersion: 0, ciphertext: first }])).toEqual([
        { id, status: 'accepted', version: 1, seq: 1 },
      ]);
      const edit = { id, baseVersion: 1, ciphertext: newCiphertext() };
      expect(await write(client, shareId, [edit])).toEqual([{ id, status: 'accepted', version: 2, seq: 2 }]);
      expect(await write(client, shareId, [{ id, baseVersion: 1, deleted: true }])).toMatchObject([
        { id, status: 'conflict', current: { version: 2 } },
      ]);
      expect(await write(client, shareId, [{ id, baseVersion: 2, deleted: true }])).toEqual([
        { id, status: 'removed' },
      ]);
      for (const gone of [
        { id, baseVersion: 2, ciphertext: newCiphertext() },
        { id, baseVersion: 2, deleted: true as const },
      ]) {
        expect(await write(client, shareId, [gone])).toEqual([{ id, status: 'conflict', current: null }]);
      }
      expect(await fetchRecords(client, shareId)).toEqual([]);
      // The removal took a seq and counts as the client's: the practitioner sees something new.
      expect((await listShares(owner)).asPractitioner[0]).toMatchObject({ clientSeq: 3, seenSeq: 0 });
    });

    it(`holds at most ${maxSharedRecordsPerShare} records; a batch over it is refused whole`, async () => {
      const owner = await practitioner();
      const client = await server.signUp();
      const shareId = await connect(server, client, owner);
      const tiny = () => ({ id: newId(), baseVersion: 0, ciphertext: randomB64(28) });
      for (let i = 0; i < maxSharedRecordsPerShare; i += maxSharedRecordBatch) {
        await write(client, shareId, Array.from({ length: maxSharedRecordBatch }, tiny));
      }
      const over = await callRoute(server, 'writeShared', {
        cookie: owner.cookie,
        body: { shareId, changes: [tiny()] },
      });
      expect([over.status, await codeOf(over)]).toEqual([413, 'quota_exceeded']);
      const [last] = (await fetchRecords(client, shareId)).slice(-1);
      expect(last?.seq).toBe(maxSharedRecordsPerShare);
      if (!last) return;
      const swap = await write(client, shareId, [{ id: last.id, baseVersion: 1, deleted: true }, tiny()]);
      expect(swap.map((r) => r.status)).toEqual(['removed', 'accepted']);
      const tooMany = await callRoute(server, 'writeShared', {
        cookie: client.cookie,
        body: { shareId, changes: Array.from({ length: maxSharedRecordBatch + 1 }, tiny) },
      });
      expect(tooMany.status).toBe(400);
    });
  });

  describe('shareRecords and the access log', () => {
    it('logs every practitioner fetch as a chained entry for the client, and marks what was seen', async () => {
      const owner = await practitioner();
      const client = await server.signUp();
      const shareId = await connect(server, client, owner);
      expect(await fetchRecords(owner, shareId)).toEqual([]);
      const [a, b] = [newRecord(), newRecord()];
      await write(client, shareId, [a, b]);
      await write(owner, shareId, [newRecord()]);
      await fetchRecords(client, shareId);
      now += 1000;
      const fetched = await fetchRecords(owner, shareId);
      expect(fetched).toHaveLength(3);

      const { entries, hasMore } = await accessLog(client);
      expect(hasMore).toBe(false);
      expect(entries.map((e) => [e.seq, e.shareId, e.practitionerId, e.at])).toEqual([
        [1, shareId, owner.session.accountId, now - 1000],
        [2, shareId, owner.session.accountId, now],
      ]);
      expect(entries[0]?.recordIds).toEqual([]);
      expect(entries[1]?.recordIds).toEqual(fetched.map((r) => r.id));
      let prevHash = accessLogGenesis;
      for (const entry of entries) {
        expect(entry.prevHash).toBe(prevHash);
        const { hash, ...fields } = entry;
        expect(hash).toBe(sha256(accessLogEntryText(fields)));
        prevHash = hash;
      }
      expect((await accessLog(client, '?after=1')).entries).toEqual(entries.slice(1));
      expect(await accessLog(owner)).toEqual({ entries: [], hasMore: false });
      expect((await listShares(owner)).asPractitioner[0]).toMatchObject({ clientSeq: 2, seenSeq: 2 });
    });

    it('chains one log across all of a client’s practitioners, and pages it', async () => {
      const [first, second] = [await practitioner(), await practitioner()];
      const client = await server.signUp();
      const shares = [await connect(server, client, first), await connect(server, client, second)];
      await fetchRecords(first, shares[0] ?? '');
      await fetchRecords(second, shares[1] ?? '');
      const { entries } = await accessLog(client);
      expect(entries.map((e) => [e.seq, e.shareId])).toEqual([
        [1, shares[0]],
        [2, shares[1]],
      ]);
      expect(entries[1]?.prevHash).toBe(entries[0]?.hash);

      const head = entries[1] as AccessLogEntry;
      for (let seq = 3; seq <= 502; seq += 1) {
        await server.ctx.store.accessLog.append(client.session.accountId, { ...head, seq });
      }
      const page = await accessLog(client);
      expect([page.entries.length, page.hasMore, page.entries.at(-1)?.seq]).toEqual([500, true, 500]);
      const rest = await accessLog(client, '?after=500');
      expect([rest.entries.length, rest.hasMore]).toEqual([2, false]);
      expect(
        (await callRoute(server, 'accessLog', { cookie: client.cookie, query: '?after=-1' })).status,
      ).toBe(400);
    });
  });

  describe('at the same time', () => {
    it('keeps one unbroken chain when practitioners fetch at once, and numbers concurrent writes apart', async () => {
      const [first, second] = [await practitioner(), await practitioner()];
      const client = await server.signUp();
      const shares = [await connect(server, client, first), await connect(server, client, second)];
      const [one, two] = shares as [string, string];
      const fetches = Array.from({ length: 6 }, (_, i) =>
        i % 2 === 0 ? fetchRecords(first, one) : fetchRecords(second, two),
      );
      const writes = Array.from({ length: 6 }, (_, i) =>
        write(i % 2 === 0 ? client : first, one, [newRecord()]),
      );
      await Promise.all([...fetches, ...writes]);
      const { entries } = await accessLog(client);
      expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
      entries.forEach((entry, i) =>
        expect(entry.prevHash).toBe(i === 0 ? accessLogGenesis : entries[i - 1]?.hash),
      );
      const seqs = (await fetchRecords(client, one)).map((record) => record.seq);
      expect(seqs).toEqual([1, 2, 3, 4, 5, 6]);
    });

    it('lets only one of two acceptances of the same invitation through', async () => {
      const owner = await practitioner();
      const [a, b] = [await server.signUp(), await server.signUp()];
      const lookup = await invite(server, owner);
      const statuses = await Promise.all(
        [a, b].map(async (person) => {
          const body = acceptRequest(lookup, person);
          return (await callRoute(server, 'acceptInvitation', { cookie: person.cookie, body })).status;
        }),
      );
      expect(statuses.sort()).toEqual([201, 404]);
    });
  });

  describe('endShare', () => {
    it.each(['client', 'practitioner'] as const)(
      'by the %s removes the share and its records at once; the practitioner is refused after; the log stays',
      async (side) => {
        const owner = await practitioner();
        const client = await server.signUp();
        const shareId = await connect(server, client, owner);
        await write(client, shareId, [newRecord(), newRecord()]);
        await write(owner, shareId, [newRecord()]);
        await fetchRecords(owner, shareId);
        const ender = side === 'client' ? client : owner;
        const stranger = await server.signUp();
        const refused = await callRoute(server, 'endShare', { cookie: stranger.cookie, body: { shareId } });
        expect(refused.status).toBe(404);
        const ended = await callRoute(server, 'endShare', { cookie: ender.cookie, body: { shareId } });
        expect(ended.status).toBe(204);
        expect([await countRows('shares', shareId), await countRows('shared_records', shareId)]).toEqual([
          0, 0,
        ]);

        const unknown = await callRoute(server, 'shareRecords', {
          cookie: owner.cookie,
          query: `?shareId=${newId()}`,
        });
        const unknownBody = (await unknown.json()) as { error: { code: string; message: string } };
        for (const response of [
          await callRoute(server, 'shareRecords', { cookie: owner.cookie, query: `?shareId=${shareId}` }),
          await callRoute(server, 'writeShared', {
            cookie: owner.cookie,
            body: { shareId, changes: [newRecord()] },
          }),
          await callRoute(server, 'endShare', { cookie: owner.cookie, body: { shareId } }),
          await callRoute(server, 'shareRecords', { cookie: client.cookie, query: `?shareId=${shareId}` }),
        ]) {
          const body = (await response.json()) as { error: { code: string; message: string } };
          expect(response.status).toBe(404);
          expect({ ...body.error, requestId: null }).toEqual({ ...unknownBody.error, requestId: null });
        }
        expect((await listShares(owner)).asPractitioner).toEqual([]);
        expect((await listShares(client)).asClient).toEqual([]);
        const log = await accessLog(client);
        expect(log.entries.map((e) => e.shareId)).toEqual([shareId]);
        // Ended is ended: the two may connect again, as a new share.
        expect(await connect(server, client, owner)).not.toBe(shareId);
      },
    );
  });
});

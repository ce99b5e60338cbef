import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/support/databases.ts';
import { newId, newKdf, newKeys } from '../../test/support/factories.ts';
import type { StoredAccount } from '../accounts/account-repository.ts';
import { classifyDatabaseError } from './database-errors.ts';
import { migrateToLatest, migrationTable } from './migrate.ts';
import { migrations } from './migrations/index.ts';
import type { DatabaseHandle } from './open-database.ts';
import { tableNames } from './schema.ts';
import { loadServerSecret } from './server-secrets.ts';
import { createStore, type Store } from './store.ts';

const newAccount = (overrides: Partial<StoredAccount> = {}): StoredAccount => ({
  id: newId(),
  username: `person-${randomBytes(5).toString('hex')}`,
  authHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA',
  kdf: newKdf(),
  keys: newKeys(),
  recoveryVerifierHash: 'verifier-hash',
  createdAt: 1_700_000_000_000,
  ...overrides,
});

const bytes = (...values: number[]) => new Uint8Array(values);

/** pg returns bytea as a Buffer, node:sqlite and PGlite as a plain Uint8Array: compare the bytes. */
function plainBytes<T>(value: T): T {
  if (value instanceof Uint8Array) return new Uint8Array(value) as T;
  if (Array.isArray(value)) return value.map(plainBytes) as T;
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, plainBytes(v)])) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainBytes(v)])) as T;
  }
  return value;
}

/** A whole planned page, read in one span. */
async function listPage(store: Store, ownerId: string, after: number, limit: number, maxBytes: number) {
  const page = await store.records.planPage(ownerId, after, limit, maxBytes);
  const upTo = page.rows.at(-1)?.seq ?? after;
  return {
    records: await store.records.readSpan(ownerId, { after, upTo }),
    cursor: page.cursor,
    hasMore: page.hasMore,
  };
}

describe.each(testDatabases())('store on $name', (database) => {
  let handle: DatabaseHandle;
  let store: Store;

  beforeAll(async () => {
    handle = await database.open();
    await migrateToLatest(handle.db);
    store = createStore(handle.db, handle.kind);
  });
  afterAll(() => handle.close());

  describe('migrations', () => {
    it('records every migration once, in order, and a second run applies nothing', async () => {
      const rows = await sql<{
        name: string;
      }>`select name from ${sql.table(migrationTable)} order by name`.execute(handle.db);
      expect(rows.rows.map((row) => row.name)).toEqual(Object.keys(migrations));
      expect(await migrateToLatest(handle.db)).toEqual([]);
    });

    it('creates every table the server uses', async () => {
      for (const table of tableNames) {
        const result = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(
          handle.db,
        );
        expect(Number(result.rows[0]?.n)).toBeGreaterThanOrEqual(0);
      }
    });
  });

  describe('accounts', () => {
    it('stores an account and reads it back by id and by username', async () => {
      const account = newAccount();
      await store.accounts.insert(account);
      expect(await store.accounts.findById(account.id)).toEqual(account);
      expect(await store.accounts.findByUsername(account.username)).toEqual(account);
      expect(await store.accounts.isTaken(newId(), account.username)).toBe(true);
      expect(await store.accounts.isTaken(account.id, 'someone-else')).toBe(true);
      expect(await store.accounts.isTaken(newId(), 'someone-else')).toBe(false);
    });

    it('refuses a second account with the same username or id as a unique violation', async () => {
      const account = newAccount();
      await store.accounts.insert(account);
      const sameName = store.accounts.insert(newAccount({ username: account.username }));
      await expect(sameName).rejects.toSatisfy(
        (error) => classifyDatabaseError(error) === 'unique_violation',
      );
      const sameId = store.accounts.insert(newAccount({ id: account.id }));
      await expect(sameId).rejects.toSatisfy((error) => classifyDatabaseError(error) === 'unique_violation');
    });

    it('replaces credentials and keeps a per-account sequence', async () => {
      const account = newAccount();
      await store.accounts.insert(account);
      const credentials = { authHash: 'new-hash', kdf: newKdf(), keys: newKeys() };
      await store.accounts.replaceCredentials(account.id, credentials);
      expect(await store.accounts.findById(account.id)).toEqual({ ...account, ...credentials });
      expect(await store.accounts.lockSequence(account.id)).toBe(0);
      await store.accounts.setSequence(account.id, 41);
      expect(await store.accounts.lockSequence(account.id)).toBe(41);
      expect(await store.accounts.lockSequence(newId())).toBeUndefined();
      expect(await store.accounts.lockTotals(account.id)).toEqual({ seq: 41, storedBytes: 0 });
      await store.accounts.setTotals(account.id, 44, 5_000_000_000);
      expect(await store.accounts.lockTotals(account.id)).toEqual({ seq: 44, storedBytes: 5_000_000_000 });
    });

    it('frees the username with the account', async () => {
      const account = newAccount();
      await store.accounts.insert(account);
      await store.accounts.remove(account.id);
      expect(await store.accounts.findByUsername(account.username)).toBeUndefined();
      await store.accounts.insert(newAccount({ username: account.username }));
      expect(await store.accounts.findByUsername(account.username)).toBeDefined();
    });

    it('replaces the recovery verifier and key bundle, leaving the credentials and other accounts alone', async () => {
      const account = newAccount();
      const other = newAccount();
      await store.accounts.insert(account);
      await store.accounts.insert(other);
      const recovery = { recoveryVerifierHash: 'next-verifier-hash', keys: newKeys() };
      await store.accounts.replaceRecovery(account.id, recovery);
      expect(await store.accounts.findById(account.id)).toEqual({ ...account, ...recovery });
      expect(await store.accounts.findById(other.id)).toEqual(other);
    });
  });

  describe('sessions', () => {
    it('finds, touches, expires and removes sessions by owner and token hash', async () => {
      const account = newAccount();
      await store.accounts.insert(account);
      const base = { accountId: account.id, createdAt: 1000, lastSeenAt: 1000, expiresAt: 5000 };
      await store.sessions.insert({ ...base, tokenHash: 'one' });
      await store.sessions.insert({ ...base, tokenHash: 'two', expiresAt: 9000 });
      await store.sessions.touch(account.id, 'one', 2000, 6000);
      expect(await store.sessions.find(account.id, 'one')).toEqual({
        ...base,
        tokenHash: 'one',
        lastSeenAt: 2000,
        expiresAt: 6000,
      });
      expect(await store.sessions.find(newId(), 'one')).toBeUndefined();
      expect(await store.sessions.removeExpired(6000)).toBeGreaterThanOrEqual(1);
      expect(await store.sessions.find(account.id, 'one')).toBeUndefined();
      await store.sessions.removeAllFor(account.id);
      expect(await store.sessions.find(account.id, 'two')).toBeUndefined();
    });
  });

  describe('records', () => {
    it('writes records and tombstones, replaces by id, and lists them in seq order', async () => {
      const account = newAccount();
      await store.accounts.insert(account);
      const [a, b] = [newId(), newId()];
      await store.records.writeMany(
        account.id,
        [{ id: a, version: 1, seq: 1, ciphertext: bytes(1, 2, 3), deleted: false }],
        10,
      );
      await store.records.writeMany(
        account.id,
        [{ id: b, version: 1, seq: 2, ciphertext: bytes(4), deleted: false }],
        10,
      );
      await store.records.writeMany(
        account.id,
        [{ id: a, version: 2, seq: 3, ciphertext: null, deleted: true }],
        11,
      );
      const found = await store.records.findHeads(account.id, [a, b, newId()]);
      expect(found.size).toBe(2);
      expect(found.get(a)).toEqual({ id: a, version: 2, seq: 3, size: 0, deleted: true });
      expect(found.get(b)).toEqual({ id: b, version: 1, seq: 2, size: 1, deleted: false });
      const bodies = await store.records.readBodies(account.id, [a, b]);
      expect([...bodies.keys()]).toEqual([b]);
      expect(new Uint8Array(bodies.get(b) ?? [])).toEqual(bytes(4));
      const page = await listPage(store, account.id, 0, 10, 1000);
      expect(page.records.map((record) => [record.id, record.seq])).toEqual([
        [b, 2],
        [a, 3],
      ]);
      expect(page).toMatchObject({ cursor: 3, hasMore: false });
      expect((await listPage(store, account.id, 2, 10, 1000)).records).toHaveLength(1);
      expect(await listPage(store, account.id, 0, 1, 1000)).toMatchObject({
        cursor: 2,
        hasMore: true,
      });
      expect(await listPage(store, newId(), 5, 10, 1000)).toEqual({
        records: [],
        cursor: 5,
        hasMore: false,
      });
    });

    it('cuts pages by bytes as well as by count, always taking at least one record', async () => {
      const account = newAccount();
      await store.accounts.insert(account);
      const sizes = [300, 300, 500, 50, 50];
      await store.records.writeMany(
        account.id,
        sizes.map((size, i) => ({
          id: newId(),
          version: 1,
          seq: i + 1,
          ciphertext: new Uint8Array(size),
          deleted: false,
        })),
        1,
      );
      const pages: number[][] = [];
      let after = 0;
      for (;;) {
        const page = await listPage(store, account.id, after, 10, 600);
        pages.push(page.records.map((r) => r.ciphertext?.byteLength ?? 0));
        after = page.cursor;
        if (!page.hasMore) break;
      }
      expect(pages).toEqual([
        [300, 300],
        [500, 50, 50],
      ]);
      expect((await listPage(store, account.id, 0, 10, 10)).records).toHaveLength(1);
    });

    it('inserts and replaces several records in one call', async () => {
      const account = newAccount();
      await store.accounts.insert(account);
      const [a, b, c] = [newId(), newId(), newId()];
      const row = (id: string, version: number, seq: number) => ({
        id,
        version,
        seq,
        ciphertext: bytes(version),
        deleted: false,
      });
      await store.records.writeMany(account.id, [row(a, 1, 1), row(b, 1, 2)], 1);
      await store.records.writeMany(
        account.id,
        [row(b, 2, 3), row(c, 1, 4), { ...row(a, 2, 5), ciphertext: null, deleted: true }],
        2,
      );
      const { records: listed } = await listPage(store, account.id, 0, 10, 1000);
      expect(listed.map((r) => [r.id, r.version, r.seq, r.deleted])).toEqual([
        [b, 2, 3, false],
        [c, 1, 4, false],
        [a, 2, 5, true],
      ]);
    });

    it('refuses two records of one owner with the same seq', async () => {
      const account = newAccount();
      await store.accounts.insert(account);
      await store.records.writeMany(
        account.id,
        [{ id: newId(), version: 1, seq: 7, ciphertext: bytes(1), deleted: false }],
        1,
      );
      const clash = store.records.writeMany(
        account.id,
        [{ id: newId(), version: 1, seq: 7, ciphertext: bytes(2), deleted: false }],
        1,
      );
      await expect(clash).rejects.toSatisfy((error) => classifyDatabaseError(error) === 'unique_violation');
    });
  });

  describe('practice', () => {
    const connected = async () => {
      const [client, practitioner] = [newAccount(), newAccount()];
      await store.accounts.insert(client);
      await store.accounts.insert(practitioner);
      const share = {
        id: newId(),
        clientId: client.id,
        practitionerId: practitioner.id,
        sealedShareKey: bytes(1, 2),
        sealedClientLabel: bytes(3),
        createdAt: 1000,
      };
      await store.shares.insert(share);
      return { client, practitioner, share };
    };
    const sharedRecord = (seq: number, author: 'client' | 'practitioner' = 'client') => ({
      id: newId(),
      author,
      version: 1,
      seq,
      ciphertext: bytes(seq, seq),
      updatedAt: 50,
    });

    it('marks an account as a practitioner, once and for all', async () => {
      const account = newAccount();
      await store.accounts.insert(account);
      expect(await store.accounts.isPractitioner(account.id)).toBe(false);
      await store.accounts.openPractice(account.id);
      await store.accounts.openPractice(account.id);
      expect(await store.accounts.isPractitioner(account.id)).toBe(true);
      expect(await store.accounts.isPractitioner(newId())).toBeUndefined();
      expect(await store.accounts.findById(account.id)).toEqual(account);
    });

    it('stores invitations by lookup hash, counts the open ones, takes each once and sweeps expired ones', async () => {
      const practitioner = newAccount();
      await store.accounts.insert(practitioner);
      const invitation = (lookupHash: string, expiresAt: number) => ({
        practitionerId: practitioner.id,
        lookupHash,
        sealedProfile: bytes(7, 7),
        createdAt: 10,
        expiresAt,
      });
      const [open, old] = [newId(), newId()];
      await store.invitations.insert(invitation(open, 5000));
      await store.invitations.insert(invitation(old, 100));
      await expect(store.invitations.insert(invitation(open, 9000))).rejects.toSatisfy(
        (error) => classifyDatabaseError(error) === 'unique_violation',
      );
      expect(plainBytes(await store.invitations.find(open))).toEqual(invitation(open, 5000));
      expect(await store.invitations.countOpen(practitioner.id, 100)).toBe(1);
      expect(await store.invitations.removeExpired(100, practitioner.id)).toBe(1);
      expect(await store.invitations.find(old)).toBeUndefined();
      expect(plainBytes(await store.invitations.take(open))).toEqual(invitation(open, 5000));
      expect(plainBytes(await store.invitations.take(open))).toBeUndefined();
      await store.invitations.insert(invitation(newId(), 200));
      expect(await store.invitations.removeExpired(200)).toBeGreaterThanOrEqual(1);
      expect(await store.invitations.countOpen(practitioner.id, 0)).toBe(0);
    });

    it('keeps one share per client and practitioner, lists it from both sides and locks it for members only', async () => {
      const { client, practitioner, share } = await connected();
      const stored = { ...share, seq: 0, clientSeq: 0, practitionerSeq: 0, seenSeq: 0 };
      expect(plainBytes(await store.shares.findFor(share.id, client.id))).toEqual(stored);
      expect(plainBytes(await store.shares.findFor(share.id, practitioner.id))).toEqual(stored);
      expect(await store.shares.findFor(share.id, newId())).toBeUndefined();
      expect(await store.shares.isIdTaken(share.id, [newId(), practitioner.id])).toBe(true);
      expect(await store.shares.isIdTaken(share.id, [newId()])).toBe(false);
      await expect(store.shares.insert({ ...share, id: newId() })).rejects.toSatisfy(
        (error) => classifyDatabaseError(error) === 'unique_violation',
      );
      expect(await store.shares.hasShareBetween(client.id, practitioner.id)).toBe(true);
      expect(await store.shares.hasShareBetween(practitioner.id, client.id)).toBe(false);
      expect(plainBytes(await store.shares.listAsClient(client.id))).toEqual([stored]);
      expect(plainBytes(await store.shares.listAsPractitioner(practitioner.id))).toEqual([stored]);
      expect(await store.shares.listAsClient(practitioner.id)).toEqual([]);
      expect(plainBytes(await store.shares.lockFor(share.id, practitioner.id))).toEqual(stored);
      expect(await store.shares.lockFor(share.id, newId())).toBeUndefined();
      expect(await store.shares.relabel(share.id, practitioner.id, bytes(9))).toBe(false);
      expect(await store.shares.relabel(share.id, client.id, bytes(9))).toBe(true);
      await store.shares.setSequences(share, 4, 'client');
      await store.shares.setSequences(share, 6, 'practitioner');
      expect(await store.shares.markSeen(share.id, client.id)).toBeUndefined();
      expect(plainBytes(await store.shares.markSeen(share.id, practitioner.id))).toEqual({
        ...stored,
        sealedClientLabel: bytes(9),
        seq: 6,
        clientSeq: 4,
        practitionerSeq: 6,
        seenSeq: 4,
      });
    });

    it('writes, replaces, lists in seq order, totals and removes shared records', async () => {
      const { practitioner, share } = await connected();
      const [a, b, c] = [sharedRecord(1), sharedRecord(2, 'practitioner'), sharedRecord(3)];
      await store.sharedRecords.writeMany(share, [a, b]);
      await store.sharedRecords.writeMany(share, [c, { ...a, version: 2, seq: 4 }]);
      const planned = await store.sharedRecords.planPage(share, 0, 10, 1000);
      expect(planned).toEqual({
        rows: [
          { id: b.id, seq: 2, size: 2 },
          { id: c.id, seq: 3, size: 2 },
          { id: a.id, seq: 4, size: 2 },
        ],
        cursor: 4,
        hasMore: false,
      });
      const read = await store.sharedRecords.readSpan(share, { after: 2, upTo: 4 });
      expect(read.map((r) => [r.id, r.version, r.seq])).toEqual([
        [c.id, 1, 3],
        [a.id, 2, 4],
      ]);
      expect(await store.sharedRecords.planPage(share, 2, 1, 1000)).toMatchObject({
        cursor: 3,
        hasMore: true,
      });
      expect(await store.sharedRecords.planPage(share, 0, 10, 3)).toMatchObject({ cursor: 2, hasMore: true });
      const { ciphertext, ...head } = b;
      expect((await store.sharedRecords.findHeads(share, [b.id, newId()])).get(b.id)).toEqual({
        ...head,
        size: ciphertext.byteLength,
      });
      expect(plainBytes((await store.sharedRecords.readBodies(share, [b.id])).get(b.id))).toEqual(ciphertext);
      expect(await store.sharedRecords.totals(share)).toEqual({ count: 3, bytes: 6 });
      await expect(
        store.sharedRecords.writeMany(share, [{ ...sharedRecord(3), id: newId() }]),
      ).rejects.toSatisfy((error) => classifyDatabaseError(error) === 'unique_violation');
      await store.sharedRecords.removeMany(share, [c.id]);
      expect(await store.sharedRecords.totals(share)).toEqual({ count: 2, bytes: 4 });
      await store.sharedRecords.removeAllFor(practitioner.id);
      expect(await store.sharedRecords.planPage(share, 0, 10, 1000)).toEqual({
        rows: [],
        cursor: 0,
        hasMore: false,
      });
      expect(await store.sharedRecords.totals({ ...share, id: newId() })).toEqual({ count: 0, bytes: 0 });
      await store.shares.removeAllFor(practitioner.id);
      expect(await store.shares.findFor(share.id, practitioner.id)).toBeUndefined();
    });

    it('keeps shares of strangers with the same id apart', async () => {
      const first = await connected();
      const second = await connected();
      const twin = { ...second.share, id: first.share.id };
      await store.shares.remove(second.share);
      await store.shares.insert(twin);
      await store.sharedRecords.writeMany(first.share, [sharedRecord(1)]);
      await store.sharedRecords.writeMany(twin, [sharedRecord(1), sharedRecord(2)]);
      expect(await store.sharedRecords.totals(first.share)).toEqual({ count: 1, bytes: 2 });
      expect(await store.sharedRecords.totals(twin)).toEqual({ count: 2, bytes: 4 });
      await store.sharedRecords.removeAllFor(first.practitioner.id);
      expect(await store.sharedRecords.totals(first.share)).toEqual({ count: 0, bytes: 0 });
      expect(await store.sharedRecords.totals(twin)).toEqual({ count: 2, bytes: 4 });
    });

    it('deletes the records of a share with it (foreign key cascade)', async () => {
      const { share } = await connected();
      await store.sharedRecords.writeMany(share, [sharedRecord(1)]);
      await store.shares.remove(share);
      expect(await store.sharedRecords.totals(share)).toEqual({ count: 0, bytes: 0 });
    });

    it("appends to a client's access log, reads it in pages and refuses a seq twice", async () => {
      const { client, practitioner, share } = await connected();
      const entry = (seq: number, recordIds: string[]) => ({
        seq,
        shareId: share.id,
        practitionerId: practitioner.id,
        at: 2000 + seq,
        recordIds,
        prevHash: `prev-${seq}`,
        hash: `hash-${seq}`,
      });
      expect(await store.accessLog.head(client.id)).toBeUndefined();
      await store.accessLog.append(client.id, entry(1, []));
      await store.accessLog.append(client.id, entry(2, [newId(), newId()]));
      await expect(store.accessLog.append(client.id, entry(2, []))).rejects.toSatisfy(
        (error) => classifyDatabaseError(error) === 'unique_violation',
      );
      expect(await store.accessLog.head(client.id)).toEqual({ seq: 2, hash: 'hash-2' });
      const { entries: all, hasMore } = await store.accessLog.listPage(client.id, 0, 10, 1000);
      expect(hasMore).toBe(false);
      expect(all[0]).toEqual(entry(1, []));
      expect(all[1]?.recordIds).toHaveLength(2);
      expect((await store.accessLog.listPage(client.id, 1, 10, 1000)).entries).toHaveLength(1);
      // Cut by the bytes of record ids too: the second entry alone is over 10.
      expect(await store.accessLog.listPage(client.id, 0, 10, 10)).toMatchObject({ hasMore: true });
      expect((await store.accessLog.listPage(client.id, 0, 10, 10)).entries).toHaveLength(1);
      expect((await store.accessLog.listPage(practitioner.id, 0, 10, 1000)).entries).toEqual([]);
      await store.shares.remove(share);
      expect((await store.accessLog.listPage(client.id, 0, 1, 1000)).entries).toEqual([entry(1, [])]);
      await store.accessLog.removeAllFor(client.id);
      expect(await store.accessLog.head(client.id)).toBeUndefined();
    });
  });

  describe('rate-limit buckets', () => {
    it('counts hits within a window, starts a new window after it, and removes buckets', async () => {
      const key = `test:${randomBytes(4).toString('hex')}`;
      expect(await store.rateLimits.hit(key, 1000, 10_000)).toEqual({ hits: 1, windowStart: 10_000 });
      expect(await store.rateLimits.hit(key, 1000, 10_500)).toEqual({ hits: 2, windowStart: 10_000 });
      expect(await store.rateLimits.hit(key, 1000, 11_000)).toEqual({ hits: 1, windowStart: 11_000 });
      await store.rateLimits.removeKeys([key]);
      expect(await store.rateLimits.hit(key, 1000, 11_100)).toEqual({ hits: 1, windowStart: 11_100 });
      expect(await store.rateLimits.removeStale(11_101)).toBeGreaterThanOrEqual(1);
      expect(await store.rateLimits.hit(key, 1000, 11_200)).toEqual({ hits: 1, windowStart: 11_200 });
    });
  });

  describe('transactions and secrets', () => {
    it('rolls back every write of a unit of work that throws', async () => {
      const account = newAccount();
      const failing = store.transact(async ({ accounts }) => {
        await accounts.insert(account);
        throw new Error('stop');
      });
      await expect(failing).rejects.toThrow('stop');
      expect(await store.accounts.findById(account.id)).toBeUndefined();
    });

    it('keeps concurrent units of work apart: one that throws undoes only its own writes', async () => {
      const [a, b, c] = [newAccount(), newAccount(), newAccount()];
      const outcomes = await Promise.allSettled([
        store.transact(({ accounts }) => accounts.insert(a)),
        store.transact(async ({ accounts }) => {
          await accounts.insert(b);
          throw new Error('stop');
        }),
        store.transact(({ accounts }) => accounts.insert(c)),
      ]);
      expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect(await store.accounts.findById(a.id)).toBeDefined();
      expect(await store.accounts.findById(b.id)).toBeUndefined();
      expect(await store.accounts.findById(c.id)).toBeDefined();
    });

    it('keeps the units after a failed first one: they commit, it alone is undone', async () => {
      const [a, b, c] = [newAccount(), newAccount(), newAccount()];
      const outcomes = await Promise.allSettled([
        store.transact(async ({ accounts }) => {
          await accounts.insert(a);
          throw new Error('stop');
        }),
        store.transact(({ accounts }) => accounts.insert(b)),
        store.transact(({ accounts }) => accounts.insert(c)),
      ]);
      expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
      expect(outcomes[0]).toMatchObject({ reason: new Error('stop') });
      expect(await store.accounts.findById(a.id)).toBeUndefined();
      expect(await store.accounts.findById(b.id)).toBeDefined();
      expect(await store.accounts.findById(c.id)).toBeDefined();
    });

    it('makes the server secret once and returns the same one after', async () => {
      const first = await loadServerSecret(handle.db, 'test-secret', 1);
      const second = await loadServerSecret(handle.db, 'test-secret', 2);
      expect(first).toHaveLength(32);
      expect(second).toEqual(first);
    });

    it('answers a ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
});

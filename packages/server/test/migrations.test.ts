import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest, migrationTable, newMigrator } from '../src/db/migrate.ts';
import { migrations } from '../src/db/migrations/index.ts';
import { createStore } from '../src/db/store.ts';
import { testDatabases } from './support/databases.ts';
import { newId, newKdf, newKeys } from './support/factories.ts';

const bytes = (n: number) => new Uint8Array(n).fill(7);

/** Rows as the schema of 0010 held them: two accounts, records, an invitation, a share and its log. */
async function seedOldSchema(db: Kysely<unknown>, ids: Record<'client' | 'practitioner' | 'share', string>) {
  const account = (id: string, username: string) =>
    sql`insert into accounts (id, username, auth_hash, kdf, keys, recovery_verifier_hash, seq, created_at)
      values (${id}, ${username}, 'h', ${JSON.stringify(newKdf())}, ${JSON.stringify(newKeys())}, 'v', 2, 1)`.execute(
      db,
    );
  await account(ids.client, 'river');
  await account(ids.practitioner, 'ada');
  for (const [id, seq, size] of [
    [newId(), 1, 300],
    [newId(), 2, 200],
  ] as const) {
    await sql`insert into records (owner_id, id, version, seq, ciphertext, deleted, size, updated_at)
      values (${ids.client}, ${id}, 1, ${seq}, ${bytes(size)}, 0, ${size}, 5)`.execute(db);
  }
  await sql`insert into invitations (practitioner_id, lookup_hash, sealed_profile, created_at, expires_at)
    values (${ids.practitioner}, 'lookup', ${bytes(3)}, 1, 9)`.execute(db);
  await sql`insert into shares (id, client_id, practitioner_id, sealed_share_key, sealed_client_label,
      seq, client_seq, practitioner_seq, seen_seq, created_at)
    values (${ids.share}, ${ids.client}, ${ids.practitioner}, ${bytes(2)}, ${bytes(1)}, 1, 1, 0, 0, 3)`.execute(
    db,
  );
  await sql`insert into shared_records (share_id, id, owner_id, author, version, seq, ciphertext, size, updated_at)
    values (${ids.share}, ${newId()}, ${ids.client}, 'client', 1, 1, ${bytes(4)}, 4, 3)`.execute(db);
}

describe.each(testDatabases())('migrating a database with data on $name', (database) => {
  it('keeps every row through the new keys, counts stored bytes and carries usernames over', async () => {
    const handle = await database.open();
    try {
      const migrator = await newMigrator(handle.db);
      expect((await migrator.migrateTo('0010-create-access-log')).error).toBeUndefined();
      const ids = { client: newId(), practitioner: newId(), share: newId() };
      await seedOldSchema(handle.db as Kysely<unknown>, ids);
      expect(await migrateToLatest(handle.db)).toEqual(
        Object.keys(migrations).filter((name) => name >= '0011'),
      );

      const store = createStore(handle.db, handle.kind);
      expect(await store.accounts.lockTotals(ids.client)).toEqual({ seq: 2, storedBytes: 500 });
      expect((await store.accounts.findByUsername('ada'))?.id).toBe(ids.practitioner);
      expect(await store.invitations.find('lookup')).toMatchObject({ practitionerId: ids.practitioner });
      const share = await store.shares.findFor(ids.share, ids.practitioner);
      expect(share).toMatchObject({ clientId: ids.client, seq: 1 });
      expect(await store.sharedRecords.totals({ clientId: ids.client, id: ids.share })).toEqual({
        count: 1,
        bytes: 4,
      });
      // The shared records still go with their share.
      await store.shares.remove({ clientId: ids.client, id: ids.share });
      expect(await store.sharedRecords.totals({ clientId: ids.client, id: ids.share })).toEqual({
        count: 0,
        bytes: 0,
      });
    } finally {
      await handle.close();
    }
  });
});

describe.each(testDatabases().filter((database) => database.name !== 'sqlite'))(
  'migrating beside another schema on $name',
  (database) => {
    it('makes its own migration tables when another schema in the database already has them', async () => {
      const other = await database.open();
      const mine = await database.open();
      try {
        await migrateToLatest(other.db);
        expect(await migrateToLatest(mine.db)).toEqual(Object.keys(migrations));
        const { rows } = await sql<{
          n: number;
        }>`select count(*)::int as n from ${sql.table(migrationTable)}`.execute(mine.db);
        expect(rows[0]?.n).toBe(Object.keys(migrations).length);
      } finally {
        await mine.close();
        await other.close();
      }
    });
  },
);

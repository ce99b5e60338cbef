import { sql, type Kysely, type Migration } from 'kysely';
import { columnTypes, dialectKind, inOneTransaction } from '../dialect-kind.ts';

async function createShares(db: Kysely<unknown>, types: ReturnType<typeof columnTypes>): Promise<void> {
  // No foreign key on practitioner_id: the practitioner's account lives on another shard; deleting an
  // account removes every share it is on explicitly.
  await db.schema
    .createTable('shares_v2')
    .addColumn('client_id', 'text', (col) => col.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('id', 'text', (col) => col.notNull())
    .addColumn('practitioner_id', 'text', (col) => col.notNull())
    .addColumn('sealed_share_key', types.bytes, (col) => col.notNull())
    .addColumn('sealed_client_label', types.bytes, (col) => col.notNull())
    .addColumn('seq', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('client_seq', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('practitioner_seq', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('seen_seq', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', types.millis, (col) => col.notNull())
    .addPrimaryKeyConstraint('shares_pk', ['client_id', 'id'])
    .execute();
  await sql`insert into shares_v2 (client_id, id, practitioner_id, sealed_share_key, sealed_client_label,
      seq, client_seq, practitioner_seq, seen_seq, created_at)
    select client_id, id, practitioner_id, sealed_share_key, sealed_client_label,
      seq, client_seq, practitioner_seq, seen_seq, created_at from shares`.execute(db);
}

async function createSharedRecords(db: Kysely<unknown>, types: ReturnType<typeof columnTypes>) {
  await db.schema
    .createTable('shared_records_v2')
    .addColumn('owner_id', 'text', (col) => col.notNull())
    .addColumn('share_id', 'text', (col) => col.notNull())
    .addColumn('id', 'text', (col) => col.notNull())
    .addColumn('author', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('size', 'integer', (col) => col.notNull())
    .addColumn('updated_at', types.millis, (col) => col.notNull())
    // Last: SQLite keeps a large value in overflow pages, and reading a column after it walks them.
    .addColumn('ciphertext', types.bytes, (col) => col.notNull())
    .addPrimaryKeyConstraint('shared_records_owner_pk', ['owner_id', 'share_id', 'id'])
    .addForeignKeyConstraint(
      'shared_records_share_fk',
      ['owner_id', 'share_id'],
      'shares_v2',
      ['client_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addCheckConstraint('shared_records_author', sql`author in ('client', 'practitioner')`)
    .execute();
  await sql`insert into shared_records_v2 (owner_id, share_id, id, author, version, seq, size, updated_at, ciphertext)
    select owner_id, share_id, id, author, version, seq, size, updated_at, ciphertext
    from shared_records`.execute(db);
}

/**
 * Shares are keyed by their client (the owner of everything shared), and shared records by the
 * client and the share, so a share, its records and the client's access log shard together. A share
 * id is unique among the shares of each account on it (the client's key, and an index of the
 * practitioner's that accepting checks under both accounts' locks), never across strangers, so
 * nobody learns whether someone else's share id exists.
 */
export const keySharesByClient: Migration = {
  async up(db: Kysely<unknown>) {
    const types = columnTypes(dialectKind(db));
    await inOneTransaction(db, async (trx) => {
      await createShares(trx, types);
      await createSharedRecords(trx, types);
      await trx.schema.dropTable('shared_records').execute();
      await trx.schema.dropTable('shares').execute();
      await trx.schema.alterTable('shares_v2').renameTo('shares').execute();
      await trx.schema.alterTable('shared_records_v2').renameTo('shared_records').execute();
      // One live share per client and practitioner; the client's key serves lookups by client.
      await trx.schema
        .createIndex('shares_client_practitioner')
        .unique()
        .on('shares')
        .columns(['client_id', 'practitioner_id'])
        .execute();
      await trx.schema
        .createIndex('shares_practitioner')
        .on('shares')
        .columns(['practitioner_id', 'id'])
        .execute();
      // A share's records are read in seq order; unique, because two records sharing a seq is a bug.
      await trx.schema
        .createIndex('shared_records_share_seq')
        .unique()
        .on('shared_records')
        .columns(['owner_id', 'share_id', 'seq'])
        .execute();
    });
  },
};

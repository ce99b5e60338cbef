import type { Kysely, Migration } from 'kysely';
import { columnTypes, dialectKind } from '../dialect-kind.ts';

export const createRecords: Migration = {
  async up(db: Kysely<unknown>) {
    const types = columnTypes(dialectKind(db));
    await db.schema
      .createTable('records')
      .addColumn('owner_id', 'text', (col) => col.notNull().references('accounts.id').onDelete('cascade'))
      .addColumn('id', 'text', (col) => col.notNull())
      .addColumn('version', 'integer', (col) => col.notNull())
      .addColumn('seq', 'integer', (col) => col.notNull())
      .addColumn('ciphertext', types.bytes)
      .addColumn('deleted', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('size', 'integer', (col) => col.notNull())
      .addColumn('updated_at', types.millis, (col) => col.notNull())
      .addPrimaryKeyConstraint('records_pk', ['owner_id', 'id'])
      .execute();
    // Pull reads an owner's records in seq order; unique, because two records sharing a seq is a bug.
    await db.schema
      .createIndex('records_owner_seq')
      .unique()
      .on('records')
      .columns(['owner_id', 'seq'])
      .execute();
  },
};

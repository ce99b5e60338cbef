import { sql, type Kysely, type Migration } from 'kysely';
import { columnTypes, dialectKind } from '../dialect-kind.ts';

export const createSharedRecords: Migration = {
  async up(db: Kysely<unknown>) {
    const types = columnTypes(dialectKind(db));
    await db.schema
      .createTable('shared_records')
      .addColumn('share_id', 'text', (col) => col.notNull().references('shares.id').onDelete('cascade'))
      .addColumn('id', 'text', (col) => col.notNull())
      .addColumn('owner_id', 'text', (col) => col.notNull())
      .addColumn('author', 'text', (col) => col.notNull())
      .addColumn('version', 'integer', (col) => col.notNull())
      .addColumn('seq', 'integer', (col) => col.notNull())
      .addColumn('ciphertext', types.bytes, (col) => col.notNull())
      .addColumn('size', 'integer', (col) => col.notNull())
      .addColumn('updated_at', types.millis, (col) => col.notNull())
      .addPrimaryKeyConstraint('shared_records_pk', ['share_id', 'id'])
      .addCheckConstraint('shared_records_author', sql`author in ('client', 'practitioner')`)
      .execute();
    // A share's records are read in seq order; unique, because two records sharing a seq is a bug.
    await db.schema
      .createIndex('shared_records_share_seq')
      .unique()
      .on('shared_records')
      .columns(['share_id', 'seq'])
      .execute();
  },
};

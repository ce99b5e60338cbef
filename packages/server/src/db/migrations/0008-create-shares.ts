import type { Kysely, Migration } from 'kysely';
import { columnTypes, dialectKind } from '../dialect-kind.ts';

export const createShares: Migration = {
  async up(db: Kysely<unknown>) {
    const types = columnTypes(dialectKind(db));
    await db.schema
      .createTable('shares')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('client_id', 'text', (col) => col.notNull().references('accounts.id').onDelete('cascade'))
      .addColumn('practitioner_id', 'text', (col) =>
        col.notNull().references('accounts.id').onDelete('cascade'),
      )
      .addColumn('sealed_share_key', types.bytes, (col) => col.notNull())
      .addColumn('sealed_client_label', types.bytes, (col) => col.notNull())
      .addColumn('seq', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('client_seq', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('practitioner_seq', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('seen_seq', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('created_at', types.millis, (col) => col.notNull())
      .execute();
    // One live share per client and practitioner; it also serves lookups by client.
    await db.schema
      .createIndex('shares_client_practitioner')
      .unique()
      .on('shares')
      .columns(['client_id', 'practitioner_id'])
      .execute();
    await db.schema.createIndex('shares_practitioner').on('shares').column('practitioner_id').execute();
  },
};

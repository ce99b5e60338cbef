import type { Kysely, Migration } from 'kysely';
import { columnTypes, dialectKind } from '../dialect-kind.ts';

export const createAccessLog: Migration = {
  async up(db: Kysely<unknown>) {
    const types = columnTypes(dialectKind(db));
    // share_id is not a foreign key: the client's log outlives the share it records.
    await db.schema
      .createTable('access_log')
      .addColumn('owner_id', 'text', (col) => col.notNull().references('accounts.id').onDelete('cascade'))
      .addColumn('seq', 'integer', (col) => col.notNull())
      .addColumn('share_id', 'text', (col) => col.notNull())
      .addColumn('practitioner_id', 'text', (col) => col.notNull())
      .addColumn('at', types.millis, (col) => col.notNull())
      .addColumn('record_ids', 'text', (col) => col.notNull())
      .addColumn('prev_hash', 'text', (col) => col.notNull())
      .addColumn('hash', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('access_log_pk', ['owner_id', 'seq'])
      .execute();
  },
};

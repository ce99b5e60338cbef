import type { Kysely, Migration } from 'kysely';
import { columnTypes, dialectKind } from '../dialect-kind.ts';

export const createSessions: Migration = {
  async up(db: Kysely<unknown>) {
    const types = columnTypes(dialectKind(db));
    await db.schema
      .createTable('sessions')
      .addColumn('account_id', 'text', (col) => col.notNull().references('accounts.id').onDelete('cascade'))
      .addColumn('token_hash', 'text', (col) => col.notNull())
      .addColumn('created_at', types.millis, (col) => col.notNull())
      .addColumn('last_seen_at', types.millis, (col) => col.notNull())
      .addColumn('expires_at', types.millis, (col) => col.notNull())
      .addPrimaryKeyConstraint('sessions_pk', ['account_id', 'token_hash'])
      .execute();
    await db.schema.createIndex('sessions_expires_at').on('sessions').column('expires_at').execute();
  },
};

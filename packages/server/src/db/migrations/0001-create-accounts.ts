import type { Kysely, Migration } from 'kysely';
import { columnTypes, dialectKind } from '../dialect-kind.ts';

export const createAccounts: Migration = {
  async up(db: Kysely<unknown>) {
    const types = columnTypes(dialectKind(db));
    await db.schema
      .createTable('accounts')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('username', 'text', (col) => col.notNull().unique())
      .addColumn('auth_hash', 'text', (col) => col.notNull())
      .addColumn('kdf', 'text', (col) => col.notNull())
      .addColumn('keys', 'text', (col) => col.notNull())
      .addColumn('recovery_verifier_hash', 'text', (col) => col.notNull())
      .addColumn('seq', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('created_at', types.millis, (col) => col.notNull())
      .execute();
  },
};

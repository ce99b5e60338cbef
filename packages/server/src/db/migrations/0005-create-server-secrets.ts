import type { Kysely, Migration } from 'kysely';
import { columnTypes, dialectKind } from '../dialect-kind.ts';

export const createServerSecrets: Migration = {
  async up(db: Kysely<unknown>) {
    const types = columnTypes(dialectKind(db));
    await db.schema
      .createTable('server_secrets')
      .addColumn('name', 'text', (col) => col.primaryKey())
      .addColumn('value', 'text', (col) => col.notNull())
      .addColumn('created_at', types.millis, (col) => col.notNull())
      .execute();
  },
};

import type { Kysely, Migration } from 'kysely';
import { columnTypes, dialectKind } from '../dialect-kind.ts';

export const createInvitations: Migration = {
  async up(db: Kysely<unknown>) {
    const types = columnTypes(dialectKind(db));
    await db.schema
      .createTable('invitations')
      .addColumn('practitioner_id', 'text', (col) =>
        col.notNull().references('accounts.id').onDelete('cascade'),
      )
      .addColumn('lookup_hash', 'text', (col) => col.primaryKey())
      .addColumn('sealed_profile', types.bytes, (col) => col.notNull())
      .addColumn('created_at', types.millis, (col) => col.notNull())
      .addColumn('expires_at', types.millis, (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('invitations_practitioner')
      .on('invitations')
      .columns(['practitioner_id', 'expires_at'])
      .execute();
    await db.schema.createIndex('invitations_expires_at').on('invitations').column('expires_at').execute();
  },
};

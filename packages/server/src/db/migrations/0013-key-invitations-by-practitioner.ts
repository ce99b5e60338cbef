import { sql, type Kysely, type Migration } from 'kysely';
import { columnTypes, dialectKind, inOneTransaction } from '../dialect-kind.ts';

/**
 * Invitations are keyed by the practitioner who made them, so they shard with the practice. Accepting
 * finds one by its lookup hash alone (an index; the lookup is 256 random bits, and a lookup in use is
 * refused when an invitation is made).
 */
export const keyInvitationsByPractitioner: Migration = {
  async up(db: Kysely<unknown>) {
    const types = columnTypes(dialectKind(db));
    await inOneTransaction(db, async (trx) => {
      await trx.schema
        .createTable('invitations_v2')
        .addColumn('practitioner_id', 'text', (col) =>
          col.notNull().references('accounts.id').onDelete('cascade'),
        )
        .addColumn('lookup_hash', 'text', (col) => col.notNull())
        .addColumn('sealed_profile', types.bytes, (col) => col.notNull())
        .addColumn('created_at', types.millis, (col) => col.notNull())
        .addColumn('expires_at', types.millis, (col) => col.notNull())
        .addPrimaryKeyConstraint('invitations_pk', ['practitioner_id', 'lookup_hash'])
        .execute();
      await sql`insert into invitations_v2 (practitioner_id, lookup_hash, sealed_profile, created_at, expires_at)
        select practitioner_id, lookup_hash, sealed_profile, created_at, expires_at from invitations`.execute(
        trx,
      );
      await trx.schema.dropTable('invitations').execute();
      await trx.schema.alterTable('invitations_v2').renameTo('invitations').execute();
      await trx.schema.createIndex('invitations_lookup').on('invitations').column('lookup_hash').execute();
      await trx.schema
        .createIndex('invitations_practitioner')
        .on('invitations')
        .columns(['practitioner_id', 'expires_at'])
        .execute();
      await trx.schema.createIndex('invitations_expires_at').on('invitations').column('expires_at').execute();
    });
  },
};

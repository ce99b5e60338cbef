import { sql, type Kysely, type Migration } from 'kysely';
import { columnTypes, dialectKind, inOneTransaction } from '../dialect-kind.ts';

/** Each account's stored ciphertext, kept with its row and counted in the push that changes it (the quota). */
export const addAccountStoredBytes: Migration = {
  async up(db: Kysely<unknown>) {
    const types = columnTypes(dialectKind(db));
    await inOneTransaction(db, async (trx) => {
      await trx.schema
        .alterTable('accounts')
        .addColumn('stored_bytes', types.int64, (col) => col.notNull().defaultTo(0))
        .execute();
      await sql`update accounts set stored_bytes = (
        select coalesce(sum(size), 0) from records where records.owner_id = accounts.id
      )`.execute(trx);
    });
  },
};

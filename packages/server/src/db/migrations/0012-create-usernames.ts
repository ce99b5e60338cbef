import { sql, type Kysely, type Migration } from 'kysely';
import { dialectKind, inOneTransaction } from '../dialect-kind.ts';

/**
 * Usernames move to their own table, keyed by the name: sign-in finds an account by it before anyone
 * knows the account id, and a table distributed by owner cannot hold a unique index on another
 * column. No foreign key to accounts (the two are distributed apart); deletion removes the row.
 */
export const createUsernames: Migration = {
  async up(db: Kysely<unknown>) {
    await inOneTransaction(db, async (trx) => {
      await trx.schema
        .createTable('usernames')
        .addColumn('username', 'text', (col) => col.primaryKey())
        .addColumn('account_id', 'text', (col) => col.notNull())
        .execute();
      await sql`insert into usernames (username, account_id) select username, id from accounts`.execute(trx);
      // SQLite cannot drop a column's unique constraint without rebuilding the table; it is not
      // distributed, so the old index stays there and says the same as usernames' key.
      if (dialectKind(trx) === 'postgres') {
        await sql`alter table accounts drop constraint if exists accounts_username_key`.execute(trx);
      }
    });
  },
};

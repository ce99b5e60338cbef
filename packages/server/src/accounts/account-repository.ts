import { KdfParams, KeyBundle } from '@tend/contract';
import type { Kysely, Selectable } from 'kysely';
import { reusedQuery } from '../db/reused-query.ts';
import type { AccountsTable, DatabaseSchema } from '../db/schema.ts';

/** An account as the server holds it. Every secret in `keys` was wrapped on the client. */
export interface StoredAccount {
  readonly id: string;
  readonly username: string;
  readonly authHash: string;
  readonly kdf: KdfParams;
  readonly keys: KeyBundle;
  readonly recoveryVerifierHash: string;
  readonly createdAt: number;
}

export interface Credentials {
  readonly authHash: string;
  readonly kdf: KdfParams;
  readonly keys: KeyBundle;
}

/** The counters of an account that a push moves: its sequence and its stored bytes. */
export interface AccountTotals {
  readonly seq: number;
  readonly storedBytes: number;
}

/** What a new recovery code replaces: the verifier's hash and the key bundle holding its wrapped vault key. */
export interface Recovery {
  readonly recoveryVerifierHash: string;
  readonly keys: KeyBundle;
}

export interface AccountRepository {
  /** Throws the database's unique violation when the id or username is taken (a race the caller maps). */
  insert(account: StoredAccount): Promise<void>;
  findById(id: string): Promise<StoredAccount | undefined>;
  findByUsername(username: string): Promise<StoredAccount | undefined>;
  isTaken(id: string, username: string): Promise<boolean>;
  replaceCredentials(id: string, credentials: Credentials): Promise<void>;
  replaceRecovery(id: string, recovery: Recovery): Promise<void>;
  /**
   * Locks the account's row for the rest of the transaction (a no-op update: PostgreSQL takes a row
   * lock, SQLite already holds the write lock) and returns its sequence counter.
   */
  lockSequence(id: string): Promise<number | undefined>;
  setSequence(id: string, seq: number): Promise<void>;
  /** Locks the account's row like lockSequence and returns the counters a push moves. */
  lockTotals(id: string): Promise<AccountTotals | undefined>;
  setTotals(id: string, seq: number, storedBytes: number): Promise<void>;
  /** Marks the account as a practitioner's (idempotent). */
  openPractice(id: string): Promise<void>;
  /** undefined when there is no such account. */
  isPractitioner(id: string): Promise<boolean | undefined>;
  /** Removes the account and its username. */
  remove(id: string): Promise<void>;
}

/** JSON read back from storage is validated like any other outside input. */
function toAccount(row: Selectable<AccountsTable>): StoredAccount {
  return {
    id: row.id,
    username: row.username,
    authHash: row.auth_hash,
    kdf: KdfParams.parse(JSON.parse(row.kdf)),
    keys: KeyBundle.parse(JSON.parse(row.keys)),
    recoveryVerifierHash: row.recovery_verifier_hash,
    createdAt: row.created_at,
  };
}

/** The statements of every push, compiled once (see `reusedQuery`). */
export function accountQueries() {
  return {
    lockTotals: reusedQuery(
      (db, id: string) =>
        db
          .updateTable('accounts')
          .set((eb) => ({ seq: eb.ref('seq') }))
          .where('id', '=', id)
          .returning(['seq', 'stored_bytes']),
      (id) => [id],
    ),
    setTotals: reusedQuery(
      (db, id: string, seq: number, storedBytes: number) =>
        db.updateTable('accounts').set({ seq, stored_bytes: storedBytes }).where('id', '=', id),
      (id, seq, storedBytes) => [seq, storedBytes, id],
    ),
  };
}

export function accountRepository(
  db: Kysely<DatabaseSchema>,
  queries: ReturnType<typeof accountQueries> = accountQueries(),
): AccountRepository {
  const selectAccount = () => db.selectFrom('accounts').selectAll();
  return {
    async insert(account) {
      await db
        .insertInto('accounts')
        .values({
          id: account.id,
          username: account.username,
          auth_hash: account.authHash,
          kdf: JSON.stringify(account.kdf),
          keys: JSON.stringify(account.keys),
          recovery_verifier_hash: account.recoveryVerifierHash,
          seq: 0,
          created_at: account.createdAt,
        })
        .execute();
      await db
        .insertInto('usernames')
        .values({ username: account.username, account_id: account.id })
        .execute();
    },
    async findById(id) {
      const row = await selectAccount().where('id', '=', id).executeTakeFirst();
      return row && toAccount(row);
    },
    async findByUsername(username) {
      // Two lookups, each on its own key: the name's row, then the account's (they shard apart).
      const name = await db
        .selectFrom('usernames')
        .select('account_id')
        .where('username', '=', username)
        .executeTakeFirst();
      if (!name) return undefined;
      const row = await selectAccount().where('id', '=', name.account_id).executeTakeFirst();
      return row && toAccount(row);
    },
    async isTaken(id, username) {
      const byId = await db.selectFrom('accounts').select('id').where('id', '=', id).executeTakeFirst();
      if (byId) return true;
      const byName = await db
        .selectFrom('usernames')
        .select('username')
        .where('username', '=', username)
        .executeTakeFirst();
      return byName !== undefined;
    },
    async replaceCredentials(id, credentials) {
      await db
        .updateTable('accounts')
        .set({
          auth_hash: credentials.authHash,
          kdf: JSON.stringify(credentials.kdf),
          keys: JSON.stringify(credentials.keys),
        })
        .where('id', '=', id)
        .execute();
    },
    async replaceRecovery(id, recovery) {
      await db
        .updateTable('accounts')
        .set({ recovery_verifier_hash: recovery.recoveryVerifierHash, keys: JSON.stringify(recovery.keys) })
        .where('id', '=', id)
        .execute();
    },
    async lockSequence(id) {
      const row = await db
        .updateTable('accounts')
        .set((eb) => ({ seq: eb.ref('seq') }))
        .where('id', '=', id)
        .returning('seq')
        .executeTakeFirst();
      return row?.seq;
    },
    async setSequence(id, seq) {
      await db.updateTable('accounts').set({ seq }).where('id', '=', id).execute();
    },
    async lockTotals(id) {
      const [row] = (await queries.lockTotals(db, id)).rows;
      return row && { seq: row.seq, storedBytes: Number(row.stored_bytes) };
    },
    async setTotals(id, seq, storedBytes) {
      await queries.setTotals(db, id, seq, storedBytes);
    },
    async openPractice(id) {
      await db.updateTable('accounts').set({ is_practitioner: 1 }).where('id', '=', id).execute();
    },
    async isPractitioner(id) {
      const row = await db
        .selectFrom('accounts')
        .select('is_practitioner')
        .where('id', '=', id)
        .executeTakeFirst();
      return row && row.is_practitioner !== 0;
    },
    async remove(id) {
      const row = await db
        .deleteFrom('accounts')
        .where('id', '=', id)
        .returning('username')
        .executeTakeFirst();
      if (row) await db.deleteFrom('usernames').where('username', '=', row.username).execute();
    },
  };
}

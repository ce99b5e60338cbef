import type { Kysely } from 'kysely';
import { reusedQuery } from '../db/reused-query.ts';
import type { DatabaseSchema } from '../db/schema.ts';

export interface StoredSession {
  readonly accountId: string;
  readonly tokenHash: string;
  readonly createdAt: number;
  readonly lastSeenAt: number;
  readonly expiresAt: number;
}

export interface SessionRepository {
  insert(session: StoredSession): Promise<void>;
  find(accountId: string, tokenHash: string): Promise<StoredSession | undefined>;
  touch(accountId: string, tokenHash: string, lastSeenAt: number, expiresAt: number): Promise<void>;
  remove(accountId: string, tokenHash: string): Promise<void>;
  removeAllFor(accountId: string): Promise<void>;
  removeExpired(now: number): Promise<number>;
}

/** The statement every signed-in request runs, compiled once (see `reusedQuery`). */
export function sessionQueries() {
  return {
    find: reusedQuery(
      (db, accountId: string, tokenHash: string) =>
        db
          .selectFrom('sessions')
          .selectAll()
          .where('account_id', '=', accountId)
          .where('token_hash', '=', tokenHash),
      (accountId, tokenHash) => [accountId, tokenHash],
    ),
  };
}

export function sessionRepository(
  db: Kysely<DatabaseSchema>,
  queries: ReturnType<typeof sessionQueries> = sessionQueries(),
): SessionRepository {
  return {
    async insert(session) {
      await db
        .insertInto('sessions')
        .values({
          account_id: session.accountId,
          token_hash: session.tokenHash,
          created_at: session.createdAt,
          last_seen_at: session.lastSeenAt,
          expires_at: session.expiresAt,
        })
        .execute();
    },
    async find(accountId, tokenHash) {
      const [row] = (await queries.find(db, accountId, tokenHash)).rows;
      if (!row) return undefined;
      return {
        accountId: row.account_id,
        tokenHash: row.token_hash,
        createdAt: row.created_at,
        lastSeenAt: row.last_seen_at,
        expiresAt: row.expires_at,
      };
    },
    async touch(accountId, tokenHash, lastSeenAt, expiresAt) {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
        .where('account_id', '=', accountId)
        .where('token_hash', '=', tokenHash)
        .execute();
    },
    async remove(accountId, tokenHash) {
      await db
        .deleteFrom('sessions')
        .where('account_id', '=', accountId)
        .where('token_hash', '=', tokenHash)
        .execute();
    },
    async removeAllFor(accountId) {
      await db.deleteFrom('sessions').where('account_id', '=', accountId).execute();
    },
    async removeExpired(now) {
      const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

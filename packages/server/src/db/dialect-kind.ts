import { SqliteAdapter, type Kysely } from 'kysely';

/** The two databases the server runs on. The few places they differ ask this one helper. */
export type DatabaseKind = 'sqlite' | 'postgres';

export function dialectKind<Schema>(db: Kysely<Schema>): DatabaseKind {
  return db.getExecutor().adapter instanceof SqliteAdapter ? 'sqlite' : 'postgres';
}

/** Column types that are spelled differently on the two databases. */
export function columnTypes(kind: DatabaseKind) {
  return kind === 'sqlite'
    ? ({ bytes: 'blob', millis: 'integer', int64: 'integer' } as const)
    : ({ bytes: 'bytea', millis: 'bigint', int64: 'bigint' } as const);
}

/**
 * Runs a migration's steps in one transaction on both databases: PostgreSQL's migrator already opened
 * one (its DDL is transactional); on SQLite the migrator does not, so a table rebuilt in several
 * steps is opened here, and a crash half-way leaves the old tables as they were.
 */
export async function inOneTransaction(
  db: Kysely<unknown>,
  steps: (db: Kysely<unknown>) => Promise<void>,
): Promise<void> {
  if (dialectKind(db) === 'postgres') return steps(db);
  await db.transaction().execute(steps);
}

import { SqliteAdapter, type Kysely } from 'kysely';

/** The two databases the server runs on. The few places they differ ask this one helper. */
export type DatabaseKind = 'sqlite' | 'postgres';

export function dialectKind(db: Kysely<unknown>): DatabaseKind {
  return db.getExecutor().adapter instanceof SqliteAdapter ? 'sqlite' : 'postgres';
}

/** Column types that are spelled differently on the two databases. */
export function columnTypes(kind: DatabaseKind) {
  return kind === 'sqlite'
    ? ({ bytes: 'blob', millis: 'integer' } as const)
    : ({ bytes: 'bytea', millis: 'bigint' } as const);
}

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Kysely, PostgresDialect } from 'kysely';
import type { DatabaseKind } from './dialect-kind.ts';
import type { DatabaseSchema } from './schema.ts';
import { nodeSqliteDialect } from './sqlite-dialect.ts';

/** An open database: the Kysely instance, which kind it is, and how to close it. */
export interface DatabaseHandle {
  readonly db: Kysely<DatabaseSchema>;
  readonly kind: DatabaseKind;
  /** The raw SQLite connection, for backups and integrity checks; null on PostgreSQL. */
  readonly sqlite: DatabaseSync | null;
  close(): Promise<void>;
}

/** SQLite tuned for durability: an acknowledged write is on disk (WAL, synchronous=FULL). */
export function openSqliteDatabase(file: string): DatabaseHandle {
  mkdirSync(dirname(file), { recursive: true });
  const sqlite = new DatabaseSync(file, { enableForeignKeyConstraints: true, timeout: 5000 });
  sqlite.exec('PRAGMA journal_mode = WAL');
  sqlite.exec('PRAGMA synchronous = FULL');
  sqlite.exec('PRAGMA foreign_keys = ON');
  sqlite.exec('PRAGMA busy_timeout = 5000');
  const db = new Kysely<DatabaseSchema>({ dialect: nodeSqliteDialect(sqlite) });
  return { db, kind: 'sqlite', sqlite, close: () => db.destroy() };
}

const int8Oid = 20;

/**
 * PostgreSQL through a pg pool (loaded only when used: SQLite servers do not pay its memory). bigint
 * columns come back as numbers (every value here is < 2^53). `schema` sets the search path (tests use
 * a throwaway schema; a shared database can use its own).
 */
export async function openPostgresDatabase(
  url: string,
  onPoolError: (error: Error) => void,
  options: { schema?: string } = {},
): Promise<DatabaseHandle> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === int8Oid ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', onPoolError);
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', sqlite: null, close: () => db.destroy() };
}

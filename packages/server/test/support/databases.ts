import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import pg from 'pg';
import type { DatabaseHandle } from '../../src/db/open-database.ts';
import { openPostgresDatabase, openSqliteDatabase } from '../../src/db/open-database.ts';
import { pgliteDialect } from '../../src/db/pglite-dialect.ts';
import type { DatabaseSchema } from '../../src/db/schema.ts';

/** A database a test can open fresh and throw away. */
export interface TestDatabase {
  readonly name: 'sqlite' | 'pglite' | 'postgres';
  open(): Promise<DatabaseHandle>;
}

export function tempDir(prefix = 'tend-server-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export const sqliteTestDatabase: TestDatabase = {
  name: 'sqlite',
  async open() {
    const dir = tempDir();
    const handle = openSqliteDatabase(join(dir.path, 'tend.sqlite'));
    return {
      ...handle,
      async close() {
        await handle.close();
        dir.remove();
      },
    };
  },
};

/**
 * A freshly initialised PGlite cluster, made once per test file and copied for every open after: initdb
 * is most of what a new PGlite costs (on a busy machine, more than a hook's bound), and a copy of the
 * same untouched cluster gives each open a database of its own just the same.
 */
let pgliteCluster: Promise<Blob> | undefined;

function freshPgliteCluster(): Promise<Blob> {
  pgliteCluster ??= (async () => {
    const made = await PGlite.create();
    try {
      return await made.dumpDataDir('none');
    } finally {
      await made.close();
    }
  })();
  return pgliteCluster;
}

export const pgliteTestDatabase: TestDatabase = {
  name: 'pglite',
  async open() {
    const database = await PGlite.create({ loadDataDir: await freshPgliteCluster() });
    const db = new Kysely<DatabaseSchema>({ dialect: pgliteDialect(database) });
    return { db, kind: 'postgres', sqlite: null, close: () => db.destroy() };
  },
};

/** A real PostgreSQL server when TEST_DATABASE_URL is set (CI): each open gets its own schema. */
export function postgresTestDatabase(url: string): TestDatabase {
  return {
    name: 'postgres',
    async open() {
      const schema = `tend_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.end();
      const handle = await openPostgresDatabase(url, () => undefined, { schema });
      return {
        ...handle,
        async close() {
          await sql`DROP SCHEMA ${sql.id(schema)} CASCADE`.execute(handle.db);
          await handle.close();
        },
      };
    },
  };
}

/** SQLite and PGlite always; a real PostgreSQL as well when TEST_DATABASE_URL names one. */
export function testDatabases(): TestDatabase[] {
  const url = process.env['TEST_DATABASE_URL'];
  return [sqliteTestDatabase, pgliteTestDatabase, ...(url ? [postgresTestDatabase(url)] : [])];
}

/**
 * A database of its own on the PostgreSQL server at `url`, for tests that start server processes
 * (which take a DATABASE_URL, not a schema). Dropped afterwards.
 */
export async function freshPostgresDatabase(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `tend_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const own = new URL(url);
  own.pathname = `/${name}`;
  return {
    url: own.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

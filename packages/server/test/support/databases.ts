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

export const pgliteTestDatabase: TestDatabase = {
  name: 'pglite',
  async open() {
    const database = await PGlite.create();
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

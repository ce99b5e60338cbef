/**
 * `node packages/server/test/support/pglite-server.ts <data-dir>`: the server as `main.ts` runs it,
 * on PGlite (PostgreSQL in process, its files under the data dir), so tests can measure a real
 * process on PostgreSQL without a PostgreSQL server. Tests only.
 */
import { setFlagsFromString } from 'node:v8';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { loadConfig } from '../../src/config.ts';
import { pgliteDialect } from '../../src/db/pglite-dialect.ts';
import type { DatabaseSchema } from '../../src/db/schema.ts';
import { startServerWithConfig } from '../../src/server.ts';

setFlagsFromString('--optimize-for-size');

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: pglite-server.ts <data-dir>');
const pglite = await PGlite.create({ dataDir });
const db = new Kysely<DatabaseSchema>({ dialect: pgliteDialect(pglite) });
const database = { db, kind: 'postgres' as const, sqlite: null, close: () => db.destroy() };
const server = await startServerWithConfig(loadConfig(process.env), { database });
process.stdout.write(`Tend is running at ${server.url}\n`);
process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));

import { Migrator, sql, type Kysely } from 'kysely';
import { dialectKind } from './dialect-kind.ts';
import { migrations } from './migrations/index.ts';

export const migrationTable = 'schema_migration';

/**
 * The schema the server's unqualified tables live in on PostgreSQL. The migrator is told it because,
 * left to itself, it looks for its own tables by name in every schema of the database: with another
 * Tend (or another test) in a second schema it would find that one's lock table and skip making its
 * own.
 */
async function currentSchema<Schema>(db: Kysely<Schema>): Promise<string | undefined> {
  if (dialectKind(db) === 'sqlite') return undefined;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema;
}

/** The migrator for the server's migrations, its own tables in the database's current schema. */
export async function newMigrator<Schema>(db: Kysely<Schema>): Promise<Migrator> {
  const migrationTableSchema = await currentSchema(db);
  return new Migrator({
    db,
    ...(migrationTableSchema === undefined ? {} : { migrationTableSchema }),
    provider: { getMigrations: async () => migrations },
    migrationTableName: migrationTable,
    migrationLockTableName: `${migrationTable}_lock`,
  });
}

/** Applies every pending migration in order, each recorded in `schema_migration`. */
export async function migrateToLatest<Schema>(db: Kysely<Schema>): Promise<readonly string[]> {
  const { error, results = [] } = await (await newMigrator(db)).migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((result) => result.status === 'Error')?.migrationName;
    throw new Error(failed ? `database migration ${failed} failed` : 'could not migrate the database', {
      cause: error,
    });
  }
  return results.map((result) => result.migrationName);
}

import { Migrator, type Kysely } from 'kysely';
import { migrations } from './migrations/index.ts';

export const migrationTable = 'schema_migration';

/** Applies every pending migration in order, each recorded in `schema_migration`. */
export async function migrateToLatest<Schema>(db: Kysely<Schema>): Promise<readonly string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: migrationTable,
    migrationLockTableName: `${migrationTable}_lock`,
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((result) => result.status === 'Error')?.migrationName;
    throw new Error(failed ? `database migration ${failed} failed` : 'could not migrate the database', {
      cause: error,
    });
  }
  return results.map((result) => result.migrationName);
}

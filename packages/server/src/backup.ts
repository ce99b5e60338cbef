import { resolve } from 'node:path';
import { backupSqlite } from './backup/backup-sqlite.ts';
import { ConfigError, loadConfig } from './config.ts';

/** `node packages/server/src/backup.ts <destination>`: an online backup of the SQLite database. */
function main(args: readonly string[]): number {
  const destination = args[0];
  if (!destination) {
    console.error('Usage: node packages/server/src/backup.ts <destination-file>');
    return 2;
  }
  try {
    const config = loadConfig(process.env);
    if (config.database.kind !== 'sqlite') {
      console.error('DATABASE_URL points at PostgreSQL: back it up with pg_dump or your provider instead.');
      return 2;
    }
    const result = backupSqlite(config.database.file, resolve(destination));
    process.stdout.write(
      `Backup written to ${resolve(destination)} (${result.records} records, integrity ${result.integrity})\n`,
    );
    return result.integrity === 'ok' ? 0 : 1;
  } catch (error) {
    console.error(error instanceof ConfigError || error instanceof Error ? error.message : String(error));
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));

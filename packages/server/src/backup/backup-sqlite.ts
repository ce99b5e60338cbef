import { existsSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';

export interface BackupResult {
  readonly integrity: string;
  readonly records: number;
}

/**
 * An online backup of the SQLite database: `VACUUM INTO` reads one consistent snapshot (a WAL read
 * transaction), so the server keeps running and every write committed before it began is in the copy.
 * The copy is then opened and checked.
 */
export function backupSqlite(sourceFile: string, destinationFile: string): BackupResult {
  if (existsSync(destinationFile)) throw new Error(`${destinationFile} already exists; choose a new file`);
  const source = new DatabaseSync(sourceFile, { readOnly: true, timeout: 5000 });
  try {
    source.prepare('VACUUM INTO ?').run(destinationFile);
  } finally {
    source.close();
  }
  const copy = new DatabaseSync(destinationFile, { readOnly: true });
  try {
    const integrity = copy.prepare('PRAGMA integrity_check').get();
    const records = copy.prepare('SELECT count(*) AS n FROM records').get();
    return { integrity: String(integrity?.integrity_check), records: Number(records?.n) };
  } finally {
    copy.close();
  }
}

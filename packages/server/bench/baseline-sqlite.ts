import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { pageSize, type BaselineStore } from './baseline-store.ts';

/** The baseline's store on SQLite (WAL, synchronous=FULL): one transaction and fsync per push. */
export function baselineSqlite(dataDir: string): BaselineStore {
  const db = new DatabaseSync(join(dataDir, 'baseline.sqlite'));
  db.exec(`
    PRAGMA journal_mode = WAL;
    PRAGMA synchronous = FULL;
    CREATE TABLE IF NOT EXISTS owners (id TEXT PRIMARY KEY, seq INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS records (
      owner_id TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL, seq INTEGER NOT NULL,
      ciphertext BLOB, deleted INTEGER NOT NULL, PRIMARY KEY (owner_id, id));
    CREATE UNIQUE INDEX IF NOT EXISTS records_owner_seq ON records (owner_id, seq);
  `);
  const ensureOwner = db.prepare('INSERT INTO owners (id, seq) VALUES (?, 0) ON CONFLICT DO NOTHING');
  const nextSeq = db.prepare('UPDATE owners SET seq = seq + 1 WHERE id = ? RETURNING seq');
  const upsert =
    db.prepare(`INSERT INTO records (owner_id, id, version, seq, ciphertext, deleted) VALUES (?, ?, ?, ?, ?, 0)
    ON CONFLICT (owner_id, id) DO UPDATE SET version = excluded.version, seq = excluded.seq, ciphertext = excluded.ciphertext`);
  const pullPage = db.prepare(
    `SELECT id, version, seq, ciphertext FROM records WHERE owner_id = ? AND seq > ? ORDER BY seq LIMIT ${pageSize + 1}`,
  );
  return {
    async push(owner, changes) {
      db.exec('BEGIN IMMEDIATE');
      try {
        ensureOwner.run(owner);
        const results = changes.map((change) => {
          const seq = Number(nextSeq.get(owner)?.['seq']);
          const version = change.baseVersion + 1;
          upsert.run(owner, change.id, version, seq, Buffer.from(change.ciphertext, 'base64url'));
          return { id: change.id, status: 'accepted' as const, version, seq };
        });
        db.exec('COMMIT');
        return { results };
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
    },
    async pull(owner, after) {
      const rows = pullPage.all(owner, after);
      const page = rows.slice(0, pageSize).map((row) => ({
        id: String(row['id']),
        version: Number(row['version']),
        seq: Number(row['seq']),
        ciphertext: Buffer.from(row['ciphertext'] as Uint8Array).toString('base64url'),
        deleted: false as const,
      }));
      return { records: page, cursor: page.at(-1)?.seq ?? after, hasMore: rows.length > pageSize };
    },
  };
}

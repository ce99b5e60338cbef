import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { baselineSchema, pageOf, pageSize, type BaselineStore } from './baseline-store.ts';

/** The baseline's store on SQLite (WAL, synchronous=FULL): one transaction and fsync per push. */
export function baselineSqlite(dataDir: string): BaselineStore {
  const db = new DatabaseSync(join(dataDir, 'baseline.sqlite'));
  db.exec(`
    PRAGMA journal_mode = WAL;
    PRAGMA synchronous = FULL;
    ${baselineSchema({ seq: 'INTEGER', bytes: 'BLOB', flag: 'INTEGER' })}
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
      return pageOf(
        pullPage.all(owner, after) as { id: unknown; version: unknown; seq: unknown; ciphertext: unknown }[],
        after,
      );
    },
  };
}

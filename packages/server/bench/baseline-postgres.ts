import pg from 'pg';
import { baselineSchema, pageOf, pageSize, type BaselineStore } from './baseline-store.ts';

/** The baseline's store on PostgreSQL: a pool of 10, one transaction per push, the owner's row locked. */
export async function baselinePostgres(url: string): Promise<BaselineStore> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  await pool.query(baselineSchema({ seq: 'BIGINT', bytes: 'BYTEA', flag: 'BOOLEAN' }));
  return {
    async push(owner, changes) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('INSERT INTO owners (id, seq) VALUES ($1, 0) ON CONFLICT DO NOTHING', [owner]);
        const results = [];
        for (const change of changes) {
          const { rows } = await client.query<{ seq: string }>(
            'UPDATE owners SET seq = seq + 1 WHERE id = $1 RETURNING seq',
            [owner],
          );
          const seq = Number(rows[0]?.seq);
          const version = change.baseVersion + 1;
          await client.query(
            `INSERT INTO records (owner_id, id, version, seq, ciphertext, deleted) VALUES ($1, $2, $3, $4, $5, false)
             ON CONFLICT (owner_id, id) DO UPDATE SET version = excluded.version, seq = excluded.seq, ciphertext = excluded.ciphertext`,
            [owner, change.id, version, seq, Buffer.from(change.ciphertext, 'base64url')],
          );
          results.push({ id: change.id, status: 'accepted' as const, version, seq });
        }
        await client.query('COMMIT');
        return { results };
      } catch (error) {
        // The push fails either way; a connection that cannot even roll back is thrown out by the pool.
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async pull(owner, after) {
      const { rows } = await pool.query<{ id: string; version: number; seq: string; ciphertext: Buffer }>(
        `SELECT id, version, seq, ciphertext FROM records WHERE owner_id = $1 AND seq > $2 ORDER BY seq LIMIT ${pageSize + 1}`,
        [owner, after],
      );
      return pageOf(rows, after);
    },
  };
}

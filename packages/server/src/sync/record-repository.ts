import type { Kysely, Selectable } from 'kysely';
import type { DatabaseSchema, RecordsTable } from '../db/schema.ts';

/** A record as the server holds it: opaque ciphertext, or a tombstone (null ciphertext). */
export interface StoredRecord {
  readonly id: string;
  readonly version: number;
  readonly seq: number;
  readonly ciphertext: Uint8Array | null;
  readonly deleted: boolean;
}

export interface RecordRepository {
  findMany(ownerId: string, ids: readonly string[]): Promise<Map<string, StoredRecord>>;
  /** Inserts the records or replaces the owner's records of the same ids (each id at most once). */
  writeMany(ownerId: string, records: readonly StoredRecord[], updatedAt: number): Promise<void>;
  /** The owner's records with seq > after, in seq order, at most `limit`. */
  listAfter(ownerId: string, after: number, limit: number): Promise<StoredRecord[]>;
  removeAllFor(ownerId: string): Promise<void>;
}

type RecordRow = Pick<Selectable<RecordsTable>, 'id' | 'version' | 'seq' | 'ciphertext' | 'deleted'>;

function toRecord(row: RecordRow): StoredRecord {
  return {
    id: row.id,
    version: row.version,
    seq: row.seq,
    ciphertext: row.ciphertext,
    deleted: row.deleted !== 0,
  };
}

const columns = ['id', 'version', 'seq', 'ciphertext', 'deleted'] as const;

export function recordRepository(db: Kysely<DatabaseSchema>): RecordRepository {
  return {
    async findMany(ownerId, ids) {
      if (ids.length === 0) return new Map();
      const rows = await db
        .selectFrom('records')
        .select(columns)
        .where('owner_id', '=', ownerId)
        .where('id', 'in', [...new Set(ids)])
        .execute();
      return new Map(rows.map((row) => [row.id, toRecord(row)]));
    },
    async writeMany(ownerId, records, updatedAt) {
      if (records.length === 0) return;
      const rows = records.map((record) => ({
        owner_id: ownerId,
        id: record.id,
        version: record.version,
        seq: record.seq,
        ciphertext: record.ciphertext,
        deleted: record.deleted ? 1 : 0,
        size: record.ciphertext?.byteLength ?? 0,
        updated_at: updatedAt,
      }));
      // One statement for the batch; `excluded` is the row that was refused by the key.
      await db
        .insertInto('records')
        .values(rows)
        .onConflict((oc) =>
          oc.columns(['owner_id', 'id']).doUpdateSet((eb) => ({
            version: eb.ref('excluded.version'),
            seq: eb.ref('excluded.seq'),
            ciphertext: eb.ref('excluded.ciphertext'),
            deleted: eb.ref('excluded.deleted'),
            size: eb.ref('excluded.size'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .execute();
    },
    async listAfter(ownerId, after, limit) {
      const rows = await db
        .selectFrom('records')
        .select(columns)
        .where('owner_id', '=', ownerId)
        .where('seq', '>', after)
        .orderBy('seq')
        .limit(limit)
        .execute();
      return rows.map(toRecord);
    },
    async removeAllFor(ownerId) {
      await db.deleteFrom('records').where('owner_id', '=', ownerId).execute();
    },
  };
}

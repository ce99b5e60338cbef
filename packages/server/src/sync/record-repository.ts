import type { Kysely, Selectable } from 'kysely';
import type { DatabaseSchema, RecordsTable } from '../db/schema.ts';
import { planPage } from '../paging/plan-page.ts';

/** A record as the server holds it: opaque ciphertext, or a tombstone (null ciphertext). */
export interface StoredRecord {
  readonly id: string;
  readonly version: number;
  readonly seq: number;
  readonly ciphertext: Uint8Array | null;
  readonly deleted: boolean;
}

/** A record without its bytes: enough to decide a write and to count storage. */
export interface RecordHead {
  readonly id: string;
  readonly version: number;
  readonly seq: number;
  /** Bytes of ciphertext (0 for a tombstone). */
  readonly size: number;
  readonly deleted: boolean;
}

export interface RecordPage {
  readonly records: StoredRecord[];
  readonly cursor: number;
  readonly hasMore: boolean;
}

export interface RecordRepository {
  /** The heads of the owner's records with these ids (no ciphertext is read). */
  findHeads(ownerId: string, ids: readonly string[]): Promise<Map<string, RecordHead>>;
  /** The ciphertext of these records of the owner (tombstones have none and are left out). */
  readBodies(ownerId: string, ids: readonly string[]): Promise<Map<string, Uint8Array>>;
  /** Inserts the records or replaces the owner's records of the same ids (each id at most once). */
  writeMany(ownerId: string, records: readonly StoredRecord[], updatedAt: number): Promise<void>;
  /**
   * The owner's records with seq > after, in seq order: at most `limit` records and `maxBytes` of
   * ciphertext (at least one record). Sizes are read first, so no more than the page is ever loaded.
   */
  listPage(ownerId: string, after: number, limit: number, maxBytes: number): Promise<RecordPage>;
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
  const ofOwner = (ownerId: string) => db.selectFrom('records').where('owner_id', '=', ownerId);
  return {
    async findHeads(ownerId, ids) {
      if (ids.length === 0) return new Map();
      const rows = await ofOwner(ownerId)
        .select(['id', 'version', 'seq', 'size', 'deleted'])
        .where('id', 'in', [...new Set(ids)])
        .execute();
      return new Map(rows.map((row) => [row.id, { ...row, deleted: row.deleted !== 0 }]));
    },
    async readBodies(ownerId, ids) {
      if (ids.length === 0) return new Map();
      const rows = await ofOwner(ownerId)
        .select(['id', 'ciphertext'])
        .where('id', 'in', [...new Set(ids)])
        .execute();
      return new Map(rows.flatMap((row) => (row.ciphertext ? [[row.id, row.ciphertext] as const] : [])));
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
    async listPage(ownerId, after, limit, maxBytes) {
      const sizes = await ofOwner(ownerId)
        .select(['seq', 'size'])
        .where('seq', '>', after)
        .orderBy('seq')
        .limit(limit + 1)
        .execute();
      const plan = planPage(sizes, limit, maxBytes);
      if (plan.lastSeq === undefined) return { records: [], cursor: after, hasMore: false };
      // A row of the page rewritten meanwhile has moved past lastSeq and comes in a later page; a new
      // row always takes a higher seq. So this reads at most the bytes counted above.
      const rows = await ofOwner(ownerId)
        .select(columns)
        .where('seq', '>', after)
        .where('seq', '<=', plan.lastSeq)
        .orderBy('seq')
        .execute();
      return { records: rows.map(toRecord), cursor: plan.lastSeq, hasMore: plan.hasMore };
    },
    async removeAllFor(ownerId) {
      await db.deleteFrom('records').where('owner_id', '=', ownerId).execute();
    },
  };
}

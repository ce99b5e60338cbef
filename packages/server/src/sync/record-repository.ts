import type { Insertable, Kysely, Selectable } from 'kysely';
import { reusedQuery } from '../db/reused-query.ts';
import type { DatabaseSchema, RecordsTable } from '../db/schema.ts';
import { planPage, type RowSize, type Span } from '../paging/plan-page.ts';

/** A record as the server holds it: opaque ciphertext, or a tombstone (its sealed bytes, or null from before). */
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
  /** Bytes of ciphertext (a sealed tombstone's 29, 0 for one from before tombstones were sealed). */
  readonly size: number;
  readonly deleted: boolean;
}

/** A page cut from the owner's records by their sizes, before any ciphertext is read. */
export interface PlannedPage {
  /** The rows the page takes, in seq order. */
  readonly rows: RowSize[];
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
   * The page of the owner's records with seq > after: at most `limit` records and `maxBytes` of
   * ciphertext (at least one record), cut from their sizes alone.
   */
  planPage(ownerId: string, after: number, limit: number, maxBytes: number): Promise<PlannedPage>;
  /**
   * The owner's records with seq in (after, upTo], in seq order. A row of a planned page rewritten
   * meanwhile has moved past the page and comes in a later one; a new row always takes a higher seq:
   * so a span never holds more than was planned.
   */
  readSpan(ownerId: string, span: Span): Promise<StoredRecord[]>;
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

type RecordInsert = Insertable<RecordsTable>;

/** The statements of every push and pull, compiled once per shape (see `reusedQuery`). */
export function recordQueries() {
  return {
    findHeads: reusedQuery(
      (db, ownerId: string, ids: readonly string[]) =>
        db
          .selectFrom('records')
          .select(['id', 'version', 'seq', 'size', 'deleted'])
          .where('owner_id', '=', ownerId)
          .where('id', 'in', ids),
      (ownerId, ids) => [ownerId, ...ids],
      (_, ids) => ids.length,
    ),
    writeMany: reusedQuery(
      (db, rows: readonly RecordInsert[]) =>
        db
          .insertInto('records')
          .values(rows)
          // One statement for the batch; `excluded` is the row that was refused by the key.
          .onConflict((oc) =>
            oc.columns(['owner_id', 'id']).doUpdateSet((eb) => ({
              version: eb.ref('excluded.version'),
              seq: eb.ref('excluded.seq'),
              ciphertext: eb.ref('excluded.ciphertext'),
              deleted: eb.ref('excluded.deleted'),
              size: eb.ref('excluded.size'),
              updated_at: eb.ref('excluded.updated_at'),
            })),
          ),
      (rows) =>
        rows.flatMap((row) => [
          row.owner_id,
          row.id,
          row.version,
          row.seq,
          row.ciphertext,
          row.deleted,
          row.size,
          row.updated_at,
        ]),
      (rows) => rows.length,
    ),
    planPage: reusedQuery(
      (db, ownerId: string, after: number, rows: number) =>
        db
          .selectFrom('records')
          .select(['seq', 'size'])
          .where('owner_id', '=', ownerId)
          .where('seq', '>', after)
          .orderBy('seq')
          .limit(rows),
      (ownerId, after, rows) => [ownerId, after, rows],
    ),
    readSpan: reusedQuery(
      (db, ownerId: string, span: Span) =>
        db
          .selectFrom('records')
          .select(columns)
          .where('owner_id', '=', ownerId)
          .where('seq', '>', span.after)
          .where('seq', '<=', span.upTo)
          .orderBy('seq'),
      (ownerId, span) => [ownerId, span.after, span.upTo],
    ),
  };
}

export function recordRepository(
  db: Kysely<DatabaseSchema>,
  queries: ReturnType<typeof recordQueries> = recordQueries(),
): RecordRepository {
  const ofOwner = (ownerId: string) => db.selectFrom('records').where('owner_id', '=', ownerId);
  return {
    async findHeads(ownerId, ids) {
      if (ids.length === 0) return new Map();
      const { rows } = await queries.findHeads(db, ownerId, [...new Set(ids)]);
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
      const rows = records.map((record): RecordInsert => ({
        owner_id: ownerId,
        id: record.id,
        version: record.version,
        seq: record.seq,
        ciphertext: record.ciphertext,
        deleted: record.deleted ? 1 : 0,
        size: record.ciphertext?.byteLength ?? 0,
        updated_at: updatedAt,
      }));
      await queries.writeMany(db, rows);
    },
    async planPage(ownerId, after, limit, maxBytes) {
      const { rows: sizes } = await queries.planPage(db, ownerId, after, limit + 1);
      const plan = planPage(sizes, limit, maxBytes);
      return { rows: sizes.slice(0, plan.take), cursor: plan.lastSeq ?? after, hasMore: plan.hasMore };
    },
    async readSpan(ownerId, span) {
      const { rows } = await queries.readSpan(db, ownerId, span);
      return rows.map(toRecord);
    },
    async removeAllFor(ownerId) {
      await db.deleteFrom('records').where('owner_id', '=', ownerId).execute();
    },
  };
}

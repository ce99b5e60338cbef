import type { ShareAuthor } from '@tend/contract';
import type { Kysely, Selectable } from 'kysely';
import type { DatabaseSchema, SharedRecordsTable } from '../db/schema.ts';

/** A record of a share as the server holds it: opaque ciphertext and who wrote it. */
export interface StoredSharedRecord {
  readonly id: string;
  readonly author: ShareAuthor;
  readonly version: number;
  readonly seq: number;
  readonly ciphertext: Uint8Array;
  readonly updatedAt: number;
}

export interface ShareTotals {
  readonly count: number;
  readonly bytes: number;
}

export interface SharedRecordRepository {
  /** Every record of the share, in seq order. */
  list(shareId: string): Promise<StoredSharedRecord[]>;
  findMany(shareId: string, ids: readonly string[]): Promise<Map<string, StoredSharedRecord>>;
  totals(shareId: string): Promise<ShareTotals>;
  /** Inserts or replaces records of the share (each id at most once). `ownerId` is the share's client. */
  writeMany(shareId: string, ownerId: string, records: readonly StoredSharedRecord[]): Promise<void>;
  removeMany(shareId: string, ids: readonly string[]): Promise<void>;
  removeAllOf(shareId: string): Promise<void>;
  /** The records of every share the account is on, either side. */
  removeAllFor(accountId: string): Promise<void>;
}

type SharedRecordRow = Pick<
  Selectable<SharedRecordsTable>,
  'id' | 'author' | 'version' | 'seq' | 'ciphertext' | 'updated_at'
>;

function toSharedRecord(row: SharedRecordRow): StoredSharedRecord {
  return {
    id: row.id,
    author: row.author,
    version: row.version,
    seq: row.seq,
    ciphertext: row.ciphertext,
    updatedAt: row.updated_at,
  };
}

const columns = ['id', 'author', 'version', 'seq', 'ciphertext', 'updated_at'] as const;

export function sharedRecordRepository(db: Kysely<DatabaseSchema>): SharedRecordRepository {
  return {
    async list(shareId) {
      const rows = await db
        .selectFrom('shared_records')
        .select(columns)
        .where('share_id', '=', shareId)
        .orderBy('seq')
        .execute();
      return rows.map(toSharedRecord);
    },
    async findMany(shareId, ids) {
      if (ids.length === 0) return new Map();
      const rows = await db
        .selectFrom('shared_records')
        .select(columns)
        .where('share_id', '=', shareId)
        .where('id', 'in', [...new Set(ids)])
        .execute();
      return new Map(rows.map((row) => [row.id, toSharedRecord(row)]));
    },
    async totals(shareId) {
      const row = await db
        .selectFrom('shared_records')
        .select((eb) => [
          eb.fn.countAll().as('count'),
          eb.fn.coalesce(eb.fn.sum('size'), eb.lit(0)).as('bytes'),
        ])
        .where('share_id', '=', shareId)
        .executeTakeFirstOrThrow();
      return { count: Number(row.count), bytes: Number(row.bytes) };
    },
    async writeMany(shareId, ownerId, records) {
      if (records.length === 0) return;
      const rows = records.map((record) => ({
        share_id: shareId,
        id: record.id,
        owner_id: ownerId,
        author: record.author,
        version: record.version,
        seq: record.seq,
        ciphertext: record.ciphertext,
        size: record.ciphertext.byteLength,
        updated_at: record.updatedAt,
      }));
      await db
        .insertInto('shared_records')
        .values(rows)
        .onConflict((oc) =>
          oc.columns(['share_id', 'id']).doUpdateSet((eb) => ({
            author: eb.ref('excluded.author'),
            version: eb.ref('excluded.version'),
            seq: eb.ref('excluded.seq'),
            ciphertext: eb.ref('excluded.ciphertext'),
            size: eb.ref('excluded.size'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .execute();
    },
    async removeMany(shareId, ids) {
      if (ids.length === 0) return;
      await db
        .deleteFrom('shared_records')
        .where('share_id', '=', shareId)
        .where('id', 'in', [...new Set(ids)])
        .execute();
    },
    async removeAllOf(shareId) {
      await db.deleteFrom('shared_records').where('share_id', '=', shareId).execute();
    },
    async removeAllFor(accountId) {
      await db
        .deleteFrom('shared_records')
        .where('share_id', 'in', (eb) =>
          eb
            .selectFrom('shares')
            .select('id')
            .where((inner) =>
              inner.or([inner('client_id', '=', accountId), inner('practitioner_id', '=', accountId)]),
            ),
        )
        .execute();
    },
  };
}

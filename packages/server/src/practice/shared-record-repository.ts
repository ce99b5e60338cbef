import type { ShareAuthor } from '@tend/contract';
import type { Kysely, Selectable } from 'kysely';
import type { DatabaseSchema, SharedRecordsTable } from '../db/schema.ts';
import { planPage, type RowSize, type Span } from '../paging/plan-page.ts';
import type { ShareKey } from './share-repository.ts';

/** A record of a share as the server holds it: opaque ciphertext and who wrote it. */
export interface StoredSharedRecord {
  readonly id: string;
  readonly author: ShareAuthor;
  readonly version: number;
  readonly seq: number;
  readonly ciphertext: Uint8Array;
  readonly updatedAt: number;
}

/** A shared record without its bytes: enough to decide a write and to count the share's storage. */
export type SharedRecordHead = Omit<StoredSharedRecord, 'ciphertext'> & { readonly size: number };

export interface ShareTotals {
  readonly count: number;
  readonly bytes: number;
}

/** A page cut from a share's records by their sizes, before any ciphertext is read. */
export interface PlannedSharePage {
  /** The rows the page takes, in seq order, with their ids (for the access log). */
  readonly rows: (RowSize & { readonly id: string })[];
  readonly cursor: number;
  readonly hasMore: boolean;
}

export interface SharedRecordRepository {
  /** The page of records with seq > after: at most `limit` and `maxBytes` (at least one record). */
  planPage(share: ShareKey, after: number, limit: number, maxBytes: number): Promise<PlannedSharePage>;
  /** The share's records with seq in (after, upTo], in seq order (see RecordRepository.readSpan). */
  readSpan(share: ShareKey, span: Span): Promise<StoredSharedRecord[]>;
  findHeads(share: ShareKey, ids: readonly string[]): Promise<Map<string, SharedRecordHead>>;
  readBodies(share: ShareKey, ids: readonly string[]): Promise<Map<string, Uint8Array>>;
  totals(share: ShareKey): Promise<ShareTotals>;
  /** Inserts or replaces records of the share (each id at most once). */
  writeMany(share: ShareKey, records: readonly StoredSharedRecord[]): Promise<void>;
  removeMany(share: ShareKey, ids: readonly string[]): Promise<void>;
  removeAllOf(share: ShareKey): Promise<void>;
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
  const ofShare = (share: ShareKey) =>
    db.selectFrom('shared_records').where('owner_id', '=', share.clientId).where('share_id', '=', share.id);
  const deleteOf = (share: ShareKey) =>
    db.deleteFrom('shared_records').where('owner_id', '=', share.clientId).where('share_id', '=', share.id);
  return {
    async planPage(share, after, limit, maxBytes) {
      const sizes = await ofShare(share)
        .select(['seq', 'size', 'id'])
        .where('seq', '>', after)
        .orderBy('seq')
        .limit(limit + 1)
        .execute();
      const plan = planPage(sizes, limit, maxBytes);
      return { rows: sizes.slice(0, plan.take), cursor: plan.lastSeq ?? after, hasMore: plan.hasMore };
    },
    async readSpan(share, span) {
      const rows = await ofShare(share)
        .select(columns)
        .where('seq', '>', span.after)
        .where('seq', '<=', span.upTo)
        .orderBy('seq')
        .execute();
      return rows.map(toSharedRecord);
    },
    async findHeads(share, ids) {
      if (ids.length === 0) return new Map();
      const rows = await ofShare(share)
        .select(['id', 'author', 'version', 'seq', 'size', 'updated_at'])
        .where('id', 'in', [...new Set(ids)])
        .execute();
      return new Map(
        rows.map((row) => [
          row.id,
          {
            id: row.id,
            author: row.author,
            version: row.version,
            seq: row.seq,
            size: row.size,
            updatedAt: row.updated_at,
          },
        ]),
      );
    },
    async readBodies(share, ids) {
      if (ids.length === 0) return new Map();
      const rows = await ofShare(share)
        .select(['id', 'ciphertext'])
        .where('id', 'in', [...new Set(ids)])
        .execute();
      return new Map(rows.map((row) => [row.id, row.ciphertext]));
    },
    async totals(share) {
      const row = await ofShare(share)
        .select((eb) => [
          eb.fn.countAll().as('count'),
          eb.fn.coalesce(eb.fn.sum('size'), eb.lit(0)).as('bytes'),
        ])
        .executeTakeFirstOrThrow();
      return { count: Number(row.count), bytes: Number(row.bytes) };
    },
    async writeMany(share, records) {
      if (records.length === 0) return;
      const rows = records.map((record) => ({
        owner_id: share.clientId,
        share_id: share.id,
        id: record.id,
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
          oc.columns(['owner_id', 'share_id', 'id']).doUpdateSet((eb) => ({
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
    async removeMany(share, ids) {
      if (ids.length === 0) return;
      await deleteOf(share)
        .where('id', 'in', [...new Set(ids)])
        .execute();
    },
    async removeAllOf(share) {
      await deleteOf(share).execute();
    },
    async removeAllFor(accountId) {
      // As the client, every shared record is the account's own; as a practitioner, those of the
      // shares it is on, by their full key (a share id alone may name another client's share).
      await db.deleteFrom('shared_records').where('owner_id', '=', accountId).execute();
      await db
        .deleteFrom('shared_records')
        .where((eb) =>
          eb(
            eb.refTuple('owner_id', 'share_id'),
            'in',
            eb
              .selectFrom('shares')
              .select(['client_id', 'id'])
              .where('practitioner_id', '=', accountId)
              .$asTuple('client_id', 'id'),
          ),
        )
        .execute();
    },
  };
}

import type { AccessLogEntry } from '@tend/contract';
import type { Kysely, Selectable } from 'kysely';
import type { AccessLogTable, DatabaseSchema } from '../db/schema.ts';
import { planPage } from '../paging/plan-page.ts';

export interface AccessLogHead {
  readonly seq: number;
  readonly hash: string;
}

export interface AccessLogRepository {
  /** The client's latest entry, which the next one chains to. */
  head(ownerId: string): Promise<AccessLogHead | undefined>;
  /** Throws the database's unique violation when the seq is taken. */
  append(ownerId: string, entry: AccessLogEntry): Promise<void>;
  /**
   * The client's entries with seq > after, in seq order: at most `limit` and `maxBytes` of record ids
   * (at least one entry). Sizes are read first, so no more than the page is loaded.
   */
  listPage(
    ownerId: string,
    after: number,
    limit: number,
    maxBytes: number,
  ): Promise<{ entries: AccessLogEntry[]; hasMore: boolean }>;
  removeAllFor(ownerId: string): Promise<void>;
}

type AccessLogRow = Omit<Selectable<AccessLogTable>, 'owner_id'>;

function toEntry(row: AccessLogRow): AccessLogEntry {
  return {
    seq: row.seq,
    shareId: row.share_id,
    practitionerId: row.practitioner_id,
    at: row.at,
    recordIds: row.record_ids === '' ? [] : row.record_ids.split(','),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

const columns = ['seq', 'share_id', 'practitioner_id', 'at', 'record_ids', 'prev_hash', 'hash'] as const;

export function accessLogRepository(db: Kysely<DatabaseSchema>): AccessLogRepository {
  return {
    async head(ownerId) {
      const row = await db
        .selectFrom('access_log')
        .select(['seq', 'hash'])
        .where('owner_id', '=', ownerId)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row && { seq: row.seq, hash: row.hash };
    },
    async append(ownerId, entry) {
      await db
        .insertInto('access_log')
        .values({
          owner_id: ownerId,
          seq: entry.seq,
          share_id: entry.shareId,
          practitioner_id: entry.practitionerId,
          at: entry.at,
          record_ids: entry.recordIds.join(','),
          prev_hash: entry.prevHash,
          hash: entry.hash,
        })
        .execute();
    },
    async listPage(ownerId, after, limit, maxBytes) {
      const ofOwner = () =>
        db.selectFrom('access_log').where('owner_id', '=', ownerId).where('seq', '>', after);
      const sizes = await ofOwner()
        .select((eb) => ['seq', eb.fn<number>('length', ['record_ids']).as('size')])
        .orderBy('seq')
        .limit(limit + 1)
        .execute();
      const plan = planPage(
        sizes.map((row) => ({ seq: row.seq, size: Number(row.size) })),
        limit,
        maxBytes,
      );
      if (plan.lastSeq === undefined) return { entries: [], hasMore: false };
      const rows = await ofOwner().select(columns).where('seq', '<=', plan.lastSeq).orderBy('seq').execute();
      return { entries: rows.map(toEntry), hasMore: plan.hasMore };
    },
    async removeAllFor(ownerId) {
      await db.deleteFrom('access_log').where('owner_id', '=', ownerId).execute();
    },
  };
}

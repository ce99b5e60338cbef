import type { AccessLogEntry } from '@tend/contract';
import type { Kysely, Selectable } from 'kysely';
import type { AccessLogTable, DatabaseSchema } from '../db/schema.ts';

export interface AccessLogHead {
  readonly seq: number;
  readonly hash: string;
}

export interface AccessLogRepository {
  /** The client's latest entry, which the next one chains to. */
  head(ownerId: string): Promise<AccessLogHead | undefined>;
  /** Throws the database's unique violation when the seq is taken. */
  append(ownerId: string, entry: AccessLogEntry): Promise<void>;
  /** The client's entries with seq > after, in seq order, at most `limit`. */
  listAfter(ownerId: string, after: number, limit: number): Promise<AccessLogEntry[]>;
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
    async listAfter(ownerId, after, limit) {
      const rows = await db
        .selectFrom('access_log')
        .select(columns)
        .where('owner_id', '=', ownerId)
        .where('seq', '>', after)
        .orderBy('seq')
        .limit(limit)
        .execute();
      return rows.map(toEntry);
    },
    async removeAllFor(ownerId) {
      await db.deleteFrom('access_log').where('owner_id', '=', ownerId).execute();
    },
  };
}

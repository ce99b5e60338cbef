import type { Kysely, Selectable } from 'kysely';
import type { DatabaseSchema, SharesTable } from '../db/schema.ts';

/** Which side of a share an account is on; the author of what it writes there. */
export type ShareSide = 'client' | 'practitioner';

export interface StoredShare {
  readonly id: string;
  readonly clientId: string;
  readonly practitionerId: string;
  readonly sealedShareKey: Uint8Array;
  readonly sealedClientLabel: Uint8Array;
  readonly seq: number;
  readonly clientSeq: number;
  readonly practitionerSeq: number;
  readonly seenSeq: number;
  readonly createdAt: number;
}

export type NewShare = Omit<StoredShare, 'seq' | 'clientSeq' | 'practitionerSeq' | 'seenSeq'>;

/** A share's key: its client (the owner) and its id. */
export type ShareKey = Pick<StoredShare, 'clientId' | 'id'>;

export interface ShareRepository {
  /** Throws the database's unique violation for a taken id or a second share of the same two accounts. */
  insert(share: NewShare): Promise<void>;
  /** The share with this id that `accountId` is on (either side); a share id is unique per account. */
  findFor(id: string, accountId: string): Promise<StoredShare | undefined>;
  /** Whether any of these accounts is on a share with this id (either side). */
  isIdTaken(id: string, accountIds: readonly string[]): Promise<boolean>;
  /** The share, if `accountId` is on either side of it; its row stays locked for the transaction. */
  lockFor(id: string, accountId: string): Promise<StoredShare | undefined>;
  /** The practitioner has fetched the share: seen_seq = client_seq. Locks the row; undefined if not theirs. */
  markSeen(id: string, practitionerId: string): Promise<StoredShare | undefined>;
  hasShareBetween(clientId: string, practitionerId: string): Promise<boolean>;
  listAsClient(clientId: string): Promise<StoredShare[]>;
  listAsPractitioner(practitionerId: string): Promise<StoredShare[]>;
  /** Returns false when the share is not the client's (or does not exist). */
  relabel(id: string, clientId: string, sealedClientLabel: Uint8Array): Promise<boolean>;
  /** Records the last seq handed out in the share and the last one the writing side wrote. */
  setSequences(share: ShareKey, seq: number, side: ShareSide): Promise<void>;
  remove(share: ShareKey): Promise<void>;
  /** Every share the account is on, either side. */
  removeAllFor(accountId: string): Promise<void>;
}

function toShare(row: Selectable<SharesTable>): StoredShare {
  return {
    id: row.id,
    clientId: row.client_id,
    practitionerId: row.practitioner_id,
    sealedShareKey: row.sealed_share_key,
    sealedClientLabel: row.sealed_client_label,
    seq: row.seq,
    clientSeq: row.client_seq,
    practitionerSeq: row.practitioner_seq,
    seenSeq: row.seen_seq,
    createdAt: row.created_at,
  };
}

export function shareRepository(db: Kysely<DatabaseSchema>): ShareRepository {
  const selectShare = () => db.selectFrom('shares').selectAll();
  return {
    async insert(share) {
      await db
        .insertInto('shares')
        .values({
          id: share.id,
          client_id: share.clientId,
          practitioner_id: share.practitionerId,
          sealed_share_key: share.sealedShareKey,
          sealed_client_label: share.sealedClientLabel,
          seq: 0,
          client_seq: 0,
          practitioner_seq: 0,
          seen_seq: 0,
          created_at: share.createdAt,
        })
        .execute();
    },
    async findFor(id, accountId) {
      const row = await selectShare()
        .where('id', '=', id)
        .where((eb) => eb.or([eb('client_id', '=', accountId), eb('practitioner_id', '=', accountId)]))
        .executeTakeFirst();
      return row && toShare(row);
    },
    async isIdTaken(id, accountIds) {
      const row = await db
        .selectFrom('shares')
        .select('id')
        .where('id', '=', id)
        .where((eb) =>
          eb.or([eb('client_id', 'in', [...accountIds]), eb('practitioner_id', 'in', [...accountIds])]),
        )
        .executeTakeFirst();
      return row !== undefined;
    },
    async lockFor(id, accountId) {
      // A no-op update: PostgreSQL takes the row lock, SQLite already holds the write lock.
      const row = await db
        .updateTable('shares')
        .set((eb) => ({ seq: eb.ref('seq') }))
        .where('id', '=', id)
        .where((eb) => eb.or([eb('client_id', '=', accountId), eb('practitioner_id', '=', accountId)]))
        .returningAll()
        .executeTakeFirst();
      return row && toShare(row);
    },
    async markSeen(id, practitionerId) {
      const row = await db
        .updateTable('shares')
        .set((eb) => ({ seen_seq: eb.ref('client_seq') }))
        .where('id', '=', id)
        .where('practitioner_id', '=', practitionerId)
        .returningAll()
        .executeTakeFirst();
      return row && toShare(row);
    },
    async hasShareBetween(clientId, practitionerId) {
      const row = await db
        .selectFrom('shares')
        .select('id')
        .where('client_id', '=', clientId)
        .where('practitioner_id', '=', practitionerId)
        .executeTakeFirst();
      return row !== undefined;
    },
    async listAsClient(clientId) {
      const rows = await selectShare()
        .where('client_id', '=', clientId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toShare);
    },
    async listAsPractitioner(practitionerId) {
      const rows = await selectShare()
        .where('practitioner_id', '=', practitionerId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toShare);
    },
    async relabel(id, clientId, sealedClientLabel) {
      const result = await db
        .updateTable('shares')
        .set({ sealed_client_label: sealedClientLabel })
        .where('id', '=', id)
        .where('client_id', '=', clientId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async setSequences(share, seq, side) {
      await db
        .updateTable('shares')
        .set(side === 'client' ? { seq, client_seq: seq } : { seq, practitioner_seq: seq })
        .where('client_id', '=', share.clientId)
        .where('id', '=', share.id)
        .execute();
    },
    async remove(share) {
      await db
        .deleteFrom('shares')
        .where('client_id', '=', share.clientId)
        .where('id', '=', share.id)
        .execute();
    },
    async removeAllFor(accountId) {
      await db
        .deleteFrom('shares')
        .where((eb) => eb.or([eb('client_id', '=', accountId), eb('practitioner_id', '=', accountId)]))
        .execute();
    },
  };
}

import type { Kysely, Selectable } from 'kysely';
import type { DatabaseSchema, InvitationsTable } from '../db/schema.ts';

export interface StoredInvitation {
  readonly practitionerId: string;
  readonly lookupHash: string;
  readonly sealedProfile: Uint8Array;
  readonly createdAt: number;
  readonly expiresAt: number;
}

export interface InvitationRepository {
  /** Throws the database's unique violation when the lookup hash is taken. */
  insert(invitation: StoredInvitation): Promise<void>;
  find(lookupHash: string): Promise<StoredInvitation | undefined>;
  /** Deletes the invitation and returns it: whoever takes it first has it (single use). */
  take(lookupHash: string): Promise<StoredInvitation | undefined>;
  /** The practitioner's invitations that have not expired at `now`. */
  countOpen(practitionerId: string, now: number): Promise<number>;
  /** Removes invitations expired at `now`, of one practitioner or (no id) of everyone; returns how many. */
  removeExpired(now: number, practitionerId?: string): Promise<number>;
  removeAllFor(practitionerId: string): Promise<void>;
}

function toInvitation(row: Selectable<InvitationsTable>): StoredInvitation {
  return {
    practitionerId: row.practitioner_id,
    lookupHash: row.lookup_hash,
    sealedProfile: row.sealed_profile,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

const columns = ['practitioner_id', 'lookup_hash', 'sealed_profile', 'created_at', 'expires_at'] as const;

export function invitationRepository(db: Kysely<DatabaseSchema>): InvitationRepository {
  return {
    async insert(invitation) {
      await db
        .insertInto('invitations')
        .values({
          practitioner_id: invitation.practitionerId,
          lookup_hash: invitation.lookupHash,
          sealed_profile: invitation.sealedProfile,
          created_at: invitation.createdAt,
          expires_at: invitation.expiresAt,
        })
        .execute();
    },
    async find(lookupHash) {
      const row = await db
        .selectFrom('invitations')
        .select(columns)
        .where('lookup_hash', '=', lookupHash)
        .executeTakeFirst();
      return row && toInvitation(row);
    },
    async take(lookupHash) {
      const row = await db
        .deleteFrom('invitations')
        .where('lookup_hash', '=', lookupHash)
        .returning(columns)
        .executeTakeFirst();
      return row && toInvitation(row);
    },
    async countOpen(practitionerId, now) {
      const row = await db
        .selectFrom('invitations')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('practitioner_id', '=', practitionerId)
        .where('expires_at', '>', now)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async removeExpired(now, practitionerId) {
      let query = db.deleteFrom('invitations').where('expires_at', '<=', now);
      if (practitionerId !== undefined) query = query.where('practitioner_id', '=', practitionerId);
      const result = await query.executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async removeAllFor(practitionerId) {
      await db.deleteFrom('invitations').where('practitioner_id', '=', practitionerId).execute();
    },
  };
}

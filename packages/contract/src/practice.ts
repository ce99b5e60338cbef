import { z } from 'zod';
import { AuthSecret, BaseVersion, Bytes, Cursor, CursorParam, Id, Millis, Seq, Version } from './schemas.ts';

/**
 * The practitioner space on the wire. The server sees share ids, account ids, sizes, times and opaque
 * ciphertext: never a name, a shared item, a reflection or what kind of record a shared record is.
 */

/** The largest shared record (a rendered journal entry or meeting plus overhead). */
export const maxSharedRecordBytes = 256 * 1024;
/** Records one share may hold; the whole share is fetched at once, so it stays bounded. */
export const maxSharedRecordsPerShare = 2_000;
export const maxSharedRecordBatch = 100;
/** Invitations a practitioner may have open at once. */
export const maxOpenInvitations = 50;
/** How long an invitation code works, in ms (7 days). */
export const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;
/** Access-log entries returned per page. */
export const maxAccessLogPage = 500;

/** 32 bytes derived from the invitation secret: how the server finds an invitation without learning the code. */
export const InvitationLookup = Bytes(32, 32);

/** Opening a practice is a sharing change: the passphrase is asked for again. */
export const OpenPracticeRequest = z.strictObject({ authSecret: AuthSecret });

export const CreateInvitationRequest = z.strictObject({
  lookup: InvitationLookup,
  /** The practitioner's name, practice and sharing public key, sealed under a key from the invitation secret. */
  sealedProfile: Bytes(28, 4_096),
});
export const CreateInvitationResponse = z.strictObject({ expiresAt: Millis });

export const ReadInvitationRequest = z.strictObject({ lookup: InvitationLookup });
export const ReadInvitationResponse = z.strictObject({
  sealedProfile: z.string(),
  expiresAt: Millis,
});

export const AcceptInvitationRequest = z.strictObject({
  lookup: InvitationLookup,
  /** Made by the client; the id every record of the share is bound to. */
  shareId: Id,
  /** The share key sealed to the practitioner's sharing public key (ephemeral X25519 + AES-GCM). */
  sealedShareKey: Bytes(60, 256),
  /** The name the client chose to be known by, sealed under the share key. */
  sealedClientLabel: Bytes(28, 2_048),
  authSecret: AuthSecret,
});

/** The client may rename how the practitioner sees them. */
export const RelabelShareRequest = z.strictObject({ shareId: Id, sealedClientLabel: Bytes(28, 2_048) });

export const ShareAsClient = z.strictObject({
  shareId: Id,
  practitionerId: Id,
  createdAt: Millis,
  /** The highest seq of a record the practitioner wrote (reflections, suggestions); 0 when none. */
  practitionerSeq: Cursor,
});
export type ShareAsClient = z.infer<typeof ShareAsClient>;

export const ShareAsPractitioner = z.strictObject({
  shareId: Id,
  clientId: Id,
  createdAt: Millis,
  sealedShareKey: z.string(),
  sealedClientLabel: z.string(),
  /** The highest seq of a record the client wrote; compare with seenSeq for "new since you last looked". */
  clientSeq: Cursor,
  /** The client seq the practitioner had when they last fetched the shared records. */
  seenSeq: Cursor,
});
export type ShareAsPractitioner = z.infer<typeof ShareAsPractitioner>;

export const SharesResponse = z.strictObject({
  isPractitioner: z.boolean(),
  asClient: z.array(ShareAsClient),
  asPractitioner: z.array(ShareAsPractitioner),
});
export type SharesResponse = z.infer<typeof SharesResponse>;

export const EndShareRequest = z.strictObject({ shareId: Id });

/** A page of the share's records with seq > after. */
export const ShareRecordsQuery = z.strictObject({ shareId: Id, after: CursorParam.default(0) });

/** Who wrote a shared record: the server sets it from the caller's side of the share. */
export const ShareAuthor = z.enum(['client', 'practitioner']);
export type ShareAuthor = z.infer<typeof ShareAuthor>;

export const SharedRecord = z.strictObject({
  id: Id,
  version: Version,
  seq: Seq,
  author: ShareAuthor,
  ciphertext: z.string(),
  updatedAt: Millis,
});
export type SharedRecord = z.infer<typeof SharedRecord>;

/**
 * A page of the share's records in seq order (deleted ones are gone from the server, not tombstoned):
 * at most `maxPageBytes` of ciphertext, always at least one record. The whole share is every page,
 * following `cursor` while `hasMore`.
 */
export const ShareRecordsResponse = z.strictObject({
  records: z.array(SharedRecord),
  /** Pass as `after` for the next page. */
  cursor: Cursor,
  hasMore: z.boolean(),
});
export type ShareRecordsResponse = z.infer<typeof ShareRecordsResponse>;

export const SharedChange = z.union([
  z.strictObject({
    id: Id,
    baseVersion: BaseVersion,
    ciphertext: Bytes(28, maxSharedRecordBytes),
  }),
  z.strictObject({ id: Id, baseVersion: BaseVersion, deleted: z.literal(true) }),
]);
export type SharedChange = z.infer<typeof SharedChange>;

export const WriteSharedRequest = z.strictObject({
  shareId: Id,
  changes: z.array(SharedChange).min(1).max(maxSharedRecordBatch),
});
export type WriteSharedRequest = z.infer<typeof WriteSharedRequest>;

export const SharedWriteResult = z.discriminatedUnion('status', [
  z.strictObject({ id: Id, status: z.literal('accepted'), version: Version, seq: Seq }),
  z.strictObject({ id: Id, status: z.literal('removed') }),
  /** baseVersion was not the current version (current is null when the record is gone). */
  z.strictObject({ id: Id, status: z.literal('conflict'), current: SharedRecord.nullable() }),
  /** The record exists and the other side wrote it: nobody edits the other side's words. */
  z.strictObject({ id: Id, status: z.literal('not-yours') }),
]);
export type SharedWriteResult = z.infer<typeof SharedWriteResult>;

export const WriteSharedResponse = z.strictObject({ results: z.array(SharedWriteResult) });
export type WriteSharedResponse = z.infer<typeof WriteSharedResponse>;

/** One time the practitioner fetched shared material; chained by hash so an edit is detectable. */
export const AccessLogEntry = z.strictObject({
  seq: Seq,
  shareId: Id,
  practitionerId: Id,
  at: Millis,
  /** The shared records the fetch returned. */
  recordIds: z.array(Id),
  /** base64url SHA-256 of the previous entry's text; the genesis value for the first entry. */
  prevHash: z.string(),
  /** base64url SHA-256 of accessLogEntryText(this entry). */
  hash: z.string(),
});
export type AccessLogEntry = z.infer<typeof AccessLogEntry>;

export const AccessLogQuery = z.strictObject({ after: CursorParam.default(0) });

export const AccessLogResponse = z.strictObject({
  entries: z.array(AccessLogEntry),
  hasMore: z.boolean(),
});
export type AccessLogResponse = z.infer<typeof AccessLogResponse>;

export { accessLogEntryText, accessLogGenesis } from '@tend/core/primitives';

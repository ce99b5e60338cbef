import { z } from 'zod';
import { base64UrlPattern, uuidPattern } from '@tend/core/primitives';

/** Bytes travel as unpadded base64url. `maxBytes` bounds the decoded size. */
export const Bytes = (minBytes: number, maxBytes: number) =>
  z
    .string()
    .regex(base64UrlPattern)
    .min(Math.ceil((minBytes * 4) / 3))
    .max(Math.ceil((maxBytes * 4) / 3));

export const Id = z.string().regex(uuidPattern);

/**
 * Every integer on the wire has the range of the column that holds it, so an outsized number is a
 * 400 at the edge, never a database error. Versions and sequence numbers live in 32-bit columns
 * (PostgreSQL `integer`); times are milliseconds in 64-bit columns, within JavaScript's exact range.
 */
export const maxInt32 = 2_147_483_647;
export const Version = z.number().int().min(1).max(maxInt32);
/** A change is stored at baseVersion + 1, which must still fit. */
export const BaseVersion = z
  .number()
  .int()
  .min(0)
  .max(maxInt32 - 1);
export const Seq = z.number().int().min(1).max(maxInt32);
/** A position in a sequence: 0 before the first. */
export const Cursor = z.number().int().min(0).max(maxInt32);
export const Millis = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
/** A cursor in a query string: digits only, so `1e3`, `0x10` and `Infinity` are refused too. */
export const CursorParam = z
  .string()
  .regex(/^\d{1,10}$/)
  .transform(Number)
  .pipe(Cursor);

/** The largest sealed record the server takes (a long journal entry plus overhead). */
export const maxRecordBytes = 512 * 1024;
export const maxPushBatch = 200;
/**
 * Records in one page of a pull. A device commits each page it pulls in one transaction, rewriting
 * every stored page of records and every manifest shard the pulled page touches, so fewer, larger pages
 * bring a second device's first sign-in to a 10-year vault (30,000 records) in ~4 pages instead of 15.
 */
export const maxPullPage = 8000;
/**
 * The most ciphertext one page of a share fetch, an access-log read or a push's conflicts carries, in
 * bytes (a page always holds at least one record). The client follows the cursor, so a large vault
 * costs pages, not memory.
 */
export const maxPageBytes = 2 * 1024 * 1024;
/** The same for a pull of the vault, which a device takes in as few commits as it can. */
export const maxPullBytes = 4 * 1024 * 1024;

export const Username = z
  .string()
  .transform((value) => value.normalize('NFKC').trim().toLowerCase())
  .pipe(z.string().regex(/^[\p{L}\p{N}._-]{3,64}$/u));

/** Argon2id parameters the browser used; never weaker than m=64 MiB, t=3. */
export const KdfParams = z.strictObject({
  algorithm: z.literal('argon2id'),
  salt: Bytes(16, 64),
  memoryKiB: z.number().int().min(65_536).max(1_048_576),
  iterations: z.number().int().min(3).max(20),
  parallelism: z.number().int().min(1).max(8),
});
export type KdfParams = z.infer<typeof KdfParams>;

/** Key material the server keeps for the client; every secret in it is wrapped on the device. */
export const KeyBundle = z.strictObject({
  wrappedVaultKey: Bytes(40, 128),
  recoveryWrappedVaultKey: Bytes(40, 128),
  sealedSharingPrivateKey: Bytes(40, 256),
  sharingPublicKey: Bytes(32, 32),
});
export type KeyBundle = z.infer<typeof KeyBundle>;

/** 32 bytes derived from the passphrase; the server stores only an Argon2id hash of it. */
export const AuthSecret = Bytes(32, 32);

export const SignupRequest = z.strictObject({
  accountId: Id,
  username: Username,
  authSecret: AuthSecret,
  /** 32 bytes derived from the recovery key, to reset the passphrase with it. */
  recoveryVerifier: Bytes(32, 32),
  kdf: KdfParams,
  keys: KeyBundle,
});
export type SignupRequest = z.infer<typeof SignupRequest>;

export const LoginParamsRequest = z.strictObject({ username: Username });
export const LoginParamsResponse = z.strictObject({ kdf: KdfParams });
export type LoginParamsResponse = z.infer<typeof LoginParamsResponse>;

export const LoginRequest = z.strictObject({ username: Username, authSecret: AuthSecret });

export const SessionResponse = z.strictObject({
  accountId: Id,
  username: z.string(),
  kdf: KdfParams,
  keys: KeyBundle,
});
export type SessionResponse = z.infer<typeof SessionResponse>;

export const ChangePassphraseRequest = z.strictObject({
  currentAuthSecret: AuthSecret,
  newAuthSecret: AuthSecret,
  kdf: KdfParams,
  wrappedVaultKey: Bytes(40, 128),
});

export const RecoverRequest = z.strictObject({
  username: Username,
  recoveryVerifier: Bytes(32, 32),
  newAuthSecret: AuthSecret,
  kdf: KdfParams,
  wrappedVaultKey: Bytes(40, 128),
});

/**
 * A new recovery code, made on the device after the passphrase was asked again: its verifier and the
 * vault key wrapped by it replace the old ones, so the old code stops working here too.
 */
export const NewRecoveryCodeRequest = z.strictObject({
  currentAuthSecret: AuthSecret,
  recoveryVerifier: Bytes(32, 32),
  recoveryWrappedVaultKey: Bytes(40, 128),
});
export type NewRecoveryCodeRequest = z.infer<typeof NewRecoveryCodeRequest>;

export const DeleteAccountRequest = z.strictObject({ authSecret: AuthSecret });

export const PushChange = z.union([
  z.strictObject({ id: Id, baseVersion: BaseVersion, ciphertext: Bytes(28, maxRecordBytes) }),
  /**
   * A deletion carries the owner's sealed tombstone (`crypto.sealTombstone`, 29 bytes), which other
   * devices check before they remove anything. A deletion from before tombstones were sealed has none.
   */
  z.strictObject({
    id: Id,
    baseVersion: BaseVersion,
    deleted: z.literal(true),
    tombstone: Bytes(28, 64).optional(),
  }),
]);
export type PushChange = z.infer<typeof PushChange>;

export const PushRequest = z.strictObject({ changes: z.array(PushChange).min(1).max(maxPushBatch) });
export type PushRequest = z.infer<typeof PushRequest>;

/** A record as the server holds it: opaque ciphertext, or a tombstone (its ciphertext the sealed tombstone, or null). */
export const ServerRecord = z.strictObject({
  id: Id,
  version: Version,
  seq: Seq,
  ciphertext: z.string().nullable(),
  deleted: z.boolean(),
});
export type ServerRecord = z.infer<typeof ServerRecord>;

export const PushResult = z.discriminatedUnion('status', [
  z.strictObject({ id: Id, status: z.literal('accepted'), version: Version, seq: Seq }),
  z.strictObject({ id: Id, status: z.literal('conflict'), current: ServerRecord }),
]);
export type PushResult = z.infer<typeof PushResult>;

export const PushResponse = z.strictObject({ results: z.array(PushResult) });
export type PushResponse = z.infer<typeof PushResponse>;

export const PullQuery = z.strictObject({
  after: CursorParam.default(0),
  limit: z
    .string()
    .regex(/^\d{1,4}$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(maxPullPage))
    .default(maxPullPage),
});

/** A page holds at most `limit` records and `maxPullBytes` of ciphertext (always at least one record). */
export const PullResponse = z.strictObject({
  records: z.array(ServerRecord),
  /** Pass as `after` for the next page. */
  cursor: Cursor,
  hasMore: z.boolean(),
});
export type PullResponse = z.infer<typeof PullResponse>;

export const HealthResponse = z.strictObject({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgres']),
});

import type { ColumnType } from 'kysely';

/**
 * The server's tables as Kysely sees them. Every table is keyed by the owning account id first, so the
 * data shards by owner (`distribution.ts`), except three that are found by something else: usernames
 * (by name), rate-limit buckets (by a keyed hash of what is limited) and the server's secrets (a tiny
 * reference table). Timestamps are milliseconds since the epoch; booleans are stored as 0/1.
 */
export interface AccountsTable {
  id: string;
  /** NFKC, trimmed, lower-cased: the contract's normal form. */
  username: string;
  /** Argon2id PHC string of the client's auth secret. */
  auth_hash: string;
  /** JSON of the contract's KdfParams. */
  kdf: string;
  /** JSON of the contract's KeyBundle (every secret in it is wrapped on the client). */
  keys: string;
  /** SHA-256 of the recovery verifier, base64url. */
  recovery_verifier_hash: string;
  /** The last sequence number handed to one of this account's records. */
  seq: number;
  created_at: number;
  /** 1 once the account has opened a practice (it may then invite clients). */
  is_practitioner: ColumnType<number, number | undefined, number>;
  /** Bytes of ciphertext in the account's records: what the quota counts. */
  stored_bytes: ColumnType<number, number | undefined, number>;
}

/** Sign-in finds an account by its username; the name is the key (accounts.username keeps a copy). */
export interface UsernamesTable {
  username: string;
  account_id: string;
}

export interface SessionsTable {
  account_id: string;
  /** SHA-256 of the token, base64url: a database dump holds no usable session. */
  token_hash: string;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
}

export interface RecordsTable {
  owner_id: string;
  id: string;
  version: number;
  seq: number;
  ciphertext: Uint8Array | null;
  deleted: number;
  size: number;
  updated_at: number;
}

export interface RateLimitBucketsTable {
  /** A keyed hash of scope and subject (username or address): no raw username or address is stored. */
  bucket_key: string;
  window_start: number;
  hits: number;
}

export interface ServerSecretsTable {
  name: string;
  /** base64url */
  value: string;
  created_at: number;
}

/** An open invitation: found by a hash of the lookup the code derives, never by the code itself. */
export interface InvitationsTable {
  practitioner_id: string;
  /** SHA-256 of the 32 lookup bytes, base64url. */
  lookup_hash: string;
  /** The practitioner's profile, sealed under a key only the code holder can derive. */
  sealed_profile: Uint8Array;
  created_at: number;
  expires_at: number;
}

/** A live connection between a client and a practitioner. Ended shares are deleted, not flagged. */
export interface SharesTable {
  /** The client, who owns everything shared: the first part of the key. */
  client_id: string;
  /** Made by the client; every shared record is bound to it. Unique among each side's shares. */
  id: string;
  practitioner_id: string;
  /** The share key sealed to the practitioner's sharing public key. */
  sealed_share_key: Uint8Array;
  sealed_client_label: Uint8Array;
  /** The last sequence number handed to a record of this share. */
  seq: number;
  /** The highest seq either side wrote (removals included), and the client_seq the practitioner last fetched. */
  client_seq: number;
  practitioner_seq: number;
  seen_seq: number;
  created_at: number;
}

export interface SharedRecordsTable {
  /** The client's account id, so shared material shards with the client who shared it. */
  owner_id: string;
  share_id: string;
  id: string;
  author: 'client' | 'practitioner';
  version: number;
  seq: number;
  ciphertext: Uint8Array;
  size: number;
  updated_at: number;
}

/** The client's log of the practitioner's fetches, hash-chained; it outlives the share it records. */
export interface AccessLogTable {
  /** The client's account id. */
  owner_id: string;
  seq: number;
  share_id: string;
  practitioner_id: string;
  at: number;
  /** The ids of the records the fetch returned, comma-separated, in the order returned. */
  record_ids: string;
  prev_hash: string;
  hash: string;
}

export interface DatabaseSchema {
  accounts: AccountsTable;
  usernames: UsernamesTable;
  sessions: SessionsTable;
  records: RecordsTable;
  rate_limit_buckets: RateLimitBucketsTable;
  server_secrets: ServerSecretsTable;
  invitations: InvitationsTable;
  shares: SharesTable;
  shared_records: SharedRecordsTable;
  access_log: AccessLogTable;
}

/** Every table, for tests that count rows and for the account deletion that must leave none behind. */
export const tableNames = [
  'accounts',
  'usernames',
  'sessions',
  'records',
  'rate_limit_buckets',
  'server_secrets',
  'invitations',
  'shares',
  'shared_records',
  'access_log',
] as const;

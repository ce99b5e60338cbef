/**
 * The server's tables as Kysely sees them. Every table is keyed by the owning account id (or, for
 * rate-limit buckets, by a keyed hash of what is being limited) so the data can shard by owner.
 * Timestamps are milliseconds since the epoch; booleans are stored as 0/1 on both databases.
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

export interface DatabaseSchema {
  accounts: AccountsTable;
  sessions: SessionsTable;
  records: RecordsTable;
  rate_limit_buckets: RateLimitBucketsTable;
  server_secrets: ServerSecretsTable;
}

/** Every table, for tests that count rows and for the account deletion that must leave none behind. */
export const tableNames = [
  'accounts',
  'sessions',
  'records',
  'rate_limit_buckets',
  'server_secrets',
] as const;

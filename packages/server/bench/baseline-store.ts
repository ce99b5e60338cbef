/** The bare baseline's store (baseline-server.ts), the same over SQLite and PostgreSQL. */
export interface BaselineStore {
  push(owner: string, changes: readonly Change[]): Promise<{ results: PushResult[] }>;
  pull(owner: string, after: number): Promise<{ records: PulledRecord[]; cursor: number; hasMore: boolean }>;
}

export interface Change {
  readonly id: string;
  readonly baseVersion: number;
  readonly ciphertext: string;
}

export interface PushResult {
  readonly id: string;
  readonly status: 'accepted';
  readonly version: number;
  readonly seq: number;
}

export interface PulledRecord {
  readonly id: string;
  readonly version: number;
  readonly seq: number;
  readonly ciphertext: string;
  readonly deleted: false;
}

/** A pull's page: 500 records at most. */
export const pageSize = 500;

/** The baseline's two tables, in a dialect's types for a sequence number, bytes and a flag. */
export const baselineSchema = (types: { seq: string; bytes: string; flag: string }) => `
  CREATE TABLE IF NOT EXISTS owners (id TEXT PRIMARY KEY, seq ${types.seq} NOT NULL);
  CREATE TABLE IF NOT EXISTS records (
    owner_id TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL, seq ${types.seq} NOT NULL,
    ciphertext ${types.bytes}, deleted ${types.flag} NOT NULL, PRIMARY KEY (owner_id, id));
  CREATE UNIQUE INDEX IF NOT EXISTS records_owner_seq ON records (owner_id, seq);
`;

/** A pull's answer from up to `pageSize + 1` rows read after `after`. */
export function pageOf(
  rows: readonly { id: unknown; version: unknown; seq: unknown; ciphertext: unknown }[],
  after: number,
) {
  const records = rows.slice(0, pageSize).map((row) => ({
    id: String(row.id),
    version: Number(row.version),
    seq: Number(row.seq),
    ciphertext: Buffer.from(row.ciphertext as Uint8Array).toString('base64url'),
    deleted: false as const,
  }));
  return { records, cursor: records.at(-1)?.seq ?? after, hasMore: rows.length > pageSize };
}

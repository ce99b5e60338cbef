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

import type { SealedChange, SealedPullPage, SealedPushResult, SealedRecord, Transport } from '../ports.ts';
import { sameBytes } from '../record-state.ts';

type PushRequest = { readonly changes: readonly SealedChange[] };
type PushResponse = { results: SealedPushResult[] };

/** One write the model server committed, to check that retries applied exactly once. */
export interface AppliedWrite {
  readonly id: string;
  readonly version: number;
  readonly seq: number;
  readonly ciphertext: Uint8Array | null;
}

interface Owner {
  seq: number;
  readonly records: Map<string, SealedRecord>;
  readonly log: AppliedWrite[];
}

export interface ModelServer {
  push(ownerId: string, request: PushRequest): PushResponse;
  pull(ownerId: string, after: number, limit: number): SealedPullPage;
  /** A transport that calls the model directly for one owner. */
  transport(ownerId: string): Transport;
  records(ownerId: string): SealedRecord[];
  log(ownerId: string): readonly AppliedWrite[];
  /** Overwrites a record as a hostile or broken server would (not logged). */
  tamper(ownerId: string, record: SealedRecord): void;
  /** Forgets an owner and all its records (account deletion). */
  dropOwner(ownerId: string): void;
}

const sameContent = (current: SealedRecord, change: SealedChange): boolean =>
  'deleted' in change
    ? current.deleted
    : !current.deleted && sameBytes(current.ciphertext, change.ciphertext);

function applyChange(owner: Owner, change: SealedChange): SealedPushResult {
  const current = owner.records.get(change.id);
  const currentVersion = current?.version ?? 0;
  if (current && currentVersion === change.baseVersion + 1 && sameContent(current, change)) {
    // A retry of a write already committed: the same answer, nothing written twice.
    return { id: change.id, status: 'accepted', version: current.version, seq: current.seq };
  }
  // A record the server does not hold is taken at whatever version the client sealed it with.
  if (current && currentVersion !== change.baseVersion) return { id: change.id, status: 'conflict', current };
  owner.seq += 1;
  const deleted = 'deleted' in change;
  const record: SealedRecord = {
    id: change.id,
    version: change.baseVersion + 1,
    seq: owner.seq,
    ciphertext: deleted ? (change.tombstone ?? null) : change.ciphertext,
    deleted,
  };
  owner.records.set(change.id, record);
  owner.log.push({ id: record.id, version: record.version, seq: record.seq, ciphertext: record.ciphertext });
  return { id: change.id, status: 'accepted', version: record.version, seq: record.seq };
}

/**
 * An in-memory model of the sync server's semantics (ARCHITECTURE.md, "Records and sync"): insert at
 * baseVersion 0, accept when the current version equals baseVersion, an idempotent answer when a
 * retry carries the same content as the version it made, else a conflict with the current record;
 * a sequence per owner; pull pages by sequence. Answers are copies, as if they crossed a network.
 *
 * Kept on purpose for one test only, the property test over a faulty network (sync.property.test.ts),
 * which every other test of the engine no longer needs: there the network holds requests and delivers
 * them later, twice or out of order, synchronously between two steps, which needs a server that
 * answers at once; the test checks every write was applied exactly once against the log of applied
 * writes, which the real server does not keep; and it runs thousands of pushes per run of the suite.
 * model-server.test.ts holds the model to the real server: the same pushes get the same answers.
 */
export function createModelServer(): ModelServer {
  const owners = new Map<string, Owner>();
  const ownerOf = (id: string): Owner => {
    const found = owners.get(id);
    if (found) return found;
    const created: Owner = { seq: 0, records: new Map(), log: [] };
    owners.set(id, created);
    return created;
  };
  const copy = <T>(value: T): T => structuredClone(value);

  const server: ModelServer = {
    push(ownerId, request) {
      const owner = ownerOf(ownerId);
      return copy({ results: request.changes.map((change) => applyChange(owner, change)) });
    },
    pull(ownerId, after, limit) {
      const all = [...ownerOf(ownerId).records.values()]
        .filter((r) => r.seq > after)
        .sort((a, b) => a.seq - b.seq);
      const records = all.slice(0, limit);
      const cursor = records.at(-1)?.seq ?? after;
      return copy({ records, cursor, hasMore: all.length > records.length });
    },
    transport: (ownerId) => ({
      push: async (request) => server.push(ownerId, copy(request)),
      pull: async (after, limit) => server.pull(ownerId, after, limit),
    }),
    records: (ownerId) => copy([...ownerOf(ownerId).records.values()]),
    log: (ownerId) => copy(ownerOf(ownerId).log),
    tamper(ownerId, record) {
      const owner = ownerOf(ownerId);
      owner.records.set(record.id, copy(record));
      owner.seq = Math.max(owner.seq, record.seq);
    },
    dropOwner(ownerId) {
      owners.delete(ownerId);
    },
  };
  return server;
}

import type { Clock, VaultObject } from '@tend/core';

/**
 * A record as this device keeps it. `version` is the version its ciphertext is sealed with;
 * `synced` says whether the server has acknowledged exactly this version.
 */
export interface LocalRecord {
  readonly id: string;
  readonly version: number;
  readonly ciphertext: Uint8Array | null;
  readonly deleted: boolean;
  readonly synced: boolean;
}

/** One pending change per record (edits before a sync coalesce); the ciphertext is read from the record. */
export interface OutboxEntry {
  readonly id: string;
  readonly baseVersion: number;
  readonly queuedAt: number;
}

/** What the store holds for one id: the record and its pending outbox entry, either may be absent. */
export interface RecordState {
  readonly record: LocalRecord | undefined;
  readonly outbox: OutboxEntry | undefined;
}

/**
 * A compare-and-set write: it applies only if the stored state still equals `expect`. Sealing and
 * network calls happen between reading a state and writing it, and another writer (a save from the
 * screen, a sync in another tab) may have moved it meanwhile; that write must win, not be overwritten.
 */
export interface RecordWrite {
  readonly id: string;
  readonly expect: RecordState;
  readonly next: RecordState;
}

/**
 * One shard of the vault manifest as this device keeps it (ARCHITECTURE.md, "The vault manifest"),
 * beside the pull cursor and never among the records, so unlocking does not open it.
 */
export interface LocalShard {
  readonly shard: number;
  /** The version of the shard's record on the server that this device last saw or pushed; 0 for none. */
  readonly version: number;
  /** Record id → the highest version of it the server acknowledged, negative for a deletion. */
  readonly versions: ReadonlyMap<string, number>;
  /** Holds versions the server's copy lacks: it is pushed at the end of the sync. */
  readonly dirty: boolean;
}

/** Durable local records, their outbox, the pull cursor and the vault manifest's shards. */
export interface LocalStore {
  /** The states of these ids, in the same order, read in one transaction. */
  read(ids: readonly string[]): Promise<RecordState[]>;
  records(): Promise<LocalRecord[]>;
  /** Every pending change, oldest first. */
  outbox(): Promise<OutboxEntry[]>;
  pendingCount(): Promise<number>;
  cursor(): Promise<number>;
  shards(): Promise<LocalShard[]>;
  /**
   * Applies the writes in ONE durable transaction, each only if its expectation holds, and sets the
   * cursor and replaces the given shards (when given) in the same transaction; a shard at version 0
   * with no versions is removed. Resolves once committed, with whether each write applied.
   */
  commit(writes: readonly RecordWrite[], cursor?: number, shards?: readonly LocalShard[]): Promise<boolean[]>;
}

/** Seals and opens one record's object, binding the record id and version (and the owner) into it. */
export interface Sealer {
  seal(recordId: string, version: number, object: VaultObject): Promise<Uint8Array>;
  /** Throws when the ciphertext is refused: altered, swapped, replayed or damaged. */
  open(recordId: string, version: number, ciphertext: Uint8Array): Promise<VaultObject>;
  /** The owner's proof of a deletion at this version, which other devices check before removing. */
  sealTombstone(recordId: string, version: number): Promise<Uint8Array>;
  /** Throws when the tombstone is not the owner's for this record and version. */
  openTombstone(recordId: string, version: number, sealed: Uint8Array): Promise<void>;
  /** A shard of the vault manifest, sealed as the record with this reserved id at this version. */
  sealShard(recordId: string, version: number, versions: ReadonlyMap<string, number>): Promise<Uint8Array>;
  /** Throws when the shard is not the owner's for this id and version. */
  openShard(recordId: string, version: number, sealed: Uint8Array): Promise<Map<string, number>>;
}

/*
 * What the engine sends and receives: the contract's push and pull shapes (`@tend/contract`), with
 * the sealed bytes as bytes. Only the transport at the HTTP edge turns them into the wire's text.
 */

/** A change to push: a sealed record, or a deletion with the owner's sealed tombstone (or none, from before sealing). */
export type SealedChange =
  | { readonly id: string; readonly baseVersion: number; readonly ciphertext: Uint8Array }
  | {
      readonly id: string;
      readonly baseVersion: number;
      readonly deleted: true;
      readonly tombstone?: Uint8Array;
    };

/** A record as the server holds it: its sealed bytes, or a deletion (its ciphertext the sealed tombstone, or null). */
export interface SealedRecord {
  readonly id: string;
  readonly version: number;
  readonly seq: number;
  readonly ciphertext: Uint8Array | null;
  readonly deleted: boolean;
}

export type SealedPushResult =
  | { readonly id: string; readonly status: 'accepted'; readonly version: number; readonly seq: number }
  | { readonly id: string; readonly status: 'conflict'; readonly current: SealedRecord };

export interface SealedPullPage {
  readonly records: readonly SealedRecord[];
  /** Pass as `after` for the next page. */
  readonly cursor: number;
  readonly hasMore: boolean;
}

export interface Transport {
  push(request: {
    readonly changes: readonly SealedChange[];
  }): Promise<{ results: readonly SealedPushResult[] }>;
  pull(after: number, limit: number): Promise<SealedPullPage>;
}

/** A change the engine committed locally: the object as it now stands, or null once deleted. */
export interface AppliedChange {
  readonly id: string;
  readonly object: VaultObject | null;
}

export interface StorePorts {
  readonly store: LocalStore;
  readonly sealer: Sealer;
  readonly clock: Clock;
  /**
   * Called right after each local commit with what changed, so a view of the decrypted objects
   * stays in step with the store (called in commit order).
   */
  readonly onApplied?: (changes: readonly AppliedChange[]) => void;
}

export interface SyncPorts extends StorePorts {
  readonly transport: Transport;
}

/**
 * `unconfirmed-deletion`: the server said a record was deleted without the owner's sealed tombstone
 * (or with one that does not open), so the device kept its copy.
 * `withheld` and `served-older`: after a full pull, the vault manifest lists a record the device was
 * never sent, or a newer version than the one it was sent. `manifest-missing`: a device that had seen
 * the manifest pulled from the start and was sent none.
 */
export type RefusalReason =
  | 'rollback'
  | 'unreadable'
  | 'replaced'
  | 'unconfirmed-deletion'
  | 'withheld'
  | 'served-older'
  | 'manifest-missing';

/** A record from the server the engine would not take, and why. Never silently accepted. */
export interface Refusal {
  readonly id: string;
  readonly reason: RefusalReason;
}

import type { RecordHead, StoredRecord } from './record-repository.ts';

/**
 * One change of a push, decoded. A deletion's bytes are its sealed tombstone; when `deleted` is left
 * out, a null ciphertext is a deletion (one sent before tombstones were sealed).
 */
export interface IncomingChange {
  readonly id: string;
  readonly baseVersion: number;
  readonly ciphertext: Uint8Array | null;
  readonly deleted?: boolean;
}

export const isDeletion = (change: IncomingChange): boolean => change.deleted ?? change.ciphertext === null;

/**
 * What the planner knows of a record: its head, and its bytes once they were read (`undefined` when
 * they were not; a tombstone's are its sealed tombstone, or `null` for one from before they were
 * sealed). Bytes are read only where a decision needs them.
 */
export interface KnownRecord extends RecordHead {
  readonly ciphertext: Uint8Array | null | undefined;
}

export type PushDecision =
  /** Store the change at `version`. */
  | { readonly kind: 'write'; readonly version: number }
  /** A retry of a write that was already stored: answer as before, write nothing. */
  | { readonly kind: 'already-applied'; readonly current: KnownRecord }
  | { readonly kind: 'conflict'; readonly current: StoredRecord }
  /** The decision needs the stored bytes, which were not read: the change waits for another push. */
  | { readonly kind: 'unread' };

/** Whether the stored record is this very change; undefined when that needs bytes that were not read. */
function sameContent(current: KnownRecord, change: IncomingChange): boolean | undefined {
  // A deletion is sealed afresh each time it is sent, so a retried one is known by being a deletion.
  if (current.deleted || isDeletion(change) || change.ciphertext === null) {
    return current.deleted && isDeletion(change);
  }
  if (current.size !== change.ciphertext.byteLength) return false;
  if (!current.ciphertext) return undefined;
  return Buffer.from(current.ciphertext).equals(change.ciphertext);
}

/**
 * The server's whole write rule, pure. A change applies on top of the version it was made from.
 *
 * A change for an id the server does not hold is stored at baseVersion + 1 whatever its base: the
 * client sealed it for that version (the version is bound into the ciphertext), and a missing row
 * means the server lost or never had it (a re-created account, a restore from backup), which is not a
 * conflict with anything. Storing it at another version would make it unreadable.
 */
export function decidePush(current: KnownRecord | undefined, change: IncomingChange): PushDecision {
  if (current === undefined || current.version === change.baseVersion) {
    return { kind: 'write', version: change.baseVersion + 1 };
  }
  if (current.version === change.baseVersion + 1) {
    const same = sameContent(current, change);
    if (same === undefined) return { kind: 'unread' };
    if (same) return { kind: 'already-applied', current };
  }
  // A conflict answers with the current record, bytes included.
  const { ciphertext } = current;
  return ciphertext === undefined
    ? { kind: 'unread' }
    : { kind: 'conflict', current: { ...current, ciphertext } };
}

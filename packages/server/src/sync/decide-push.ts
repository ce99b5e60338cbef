import type { StoredRecord } from './record-repository.ts';

/** One change of a push, decoded: a null ciphertext is a tombstone. */
export interface IncomingChange {
  readonly id: string;
  readonly baseVersion: number;
  readonly ciphertext: Uint8Array | null;
}

export type PushDecision =
  /** Store the change at `version`. */
  | { readonly kind: 'write'; readonly version: number }
  /** A retry of a write that was already stored: answer as before, write nothing. */
  | { readonly kind: 'already-applied'; readonly current: StoredRecord }
  | { readonly kind: 'conflict'; readonly current: StoredRecord };

function sameContent(current: StoredRecord, change: IncomingChange): boolean {
  if (current.ciphertext === null || change.ciphertext === null)
    return current.ciphertext === change.ciphertext;
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
export function decidePush(current: StoredRecord | undefined, change: IncomingChange): PushDecision {
  if (current === undefined || current.version === change.baseVersion) {
    return { kind: 'write', version: change.baseVersion + 1 };
  }
  if (current.version === change.baseVersion + 1 && sameContent(current, change)) {
    return { kind: 'already-applied', current };
  }
  return { kind: 'conflict', current };
}

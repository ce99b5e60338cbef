import { withinBudget } from './plan-page.ts';

/** What deciding a write needs to know of a stored record without its bytes. */
export interface StoredHead {
  readonly id: string;
  readonly version: number;
  /** Bytes of ciphertext. */
  readonly size: number;
}

/** A change as sent: a null ciphertext removes. */
export interface SentChange {
  readonly id: string;
  readonly baseVersion: number;
  readonly ciphertext: Uint8Array | null;
}

/**
 * Which stored records' bytes a batch of writes needs, decided from heads alone: those a retry is
 * compared with (the same size as what was sent, so no more than the request brought), and those a
 * conflict answers with, in order, within `maxBytes` (always the first). Only the first change to an
 * id meets the stored record, unless the record stays as it was, and then its bytes were read for
 * that first change already. `hasNoBody` says which heads need none (a tombstone, the other side's
 * record).
 */
export function bodiesNeeded<H extends StoredHead>(
  heads: ReadonlyMap<string, H>,
  incoming: readonly SentChange[],
  maxBytes: number,
  hasNoBody: (head: H) => boolean,
): string[] {
  const seen = new Set<string>();
  const compared: string[] = [];
  const conflicting: H[] = [];
  for (const change of incoming) {
    if (seen.has(change.id)) continue;
    seen.add(change.id);
    const head = heads.get(change.id);
    if (!head || hasNoBody(head) || head.version === change.baseVersion) continue;
    const isRetry = head.version === change.baseVersion + 1 && head.size === change.ciphertext?.byteLength;
    if (isRetry) compared.push(head.id);
    else conflicting.push(head);
  }
  return [...compared, ...withinBudget(conflicting, maxBytes).map((head) => head.id)];
}

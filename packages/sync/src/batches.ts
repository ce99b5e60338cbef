import { maxPushBatch, type PushChange } from '@tend/contract';

/** Keeps a push request well under the server's body limit (contract `maxBodyBytes`). */
export const maxBatchCiphertext = 900_000;

/** Splits changes into batches of at most `maxPushBatch` changes and about `maxChars` of ciphertext. */
export function intoBatches(changes: readonly PushChange[], maxChars = maxBatchCiphertext): PushChange[][] {
  const batches: PushChange[][] = [];
  let current: PushChange[] = [];
  let chars = 0;
  for (const change of changes) {
    const size = 'ciphertext' in change ? change.ciphertext.length : 0;
    if (current.length && (current.length >= maxPushBatch || chars + size > maxChars)) {
      batches.push(current);
      current = [];
      chars = 0;
    }
    current.push(change);
    chars += size;
  }
  if (current.length) batches.push(current);
  return batches;
}

import { maxPushBatch } from '@tend/contract';
import type { SealedChange } from './ports.ts';

/** Keeps a push request well under the server's body limit (contract `maxBodyBytes`). */
export const maxBatchCiphertext = 900_000;

/**
 * Splits changes into batches of at most `maxPushBatch` changes and about `maxChars` of ciphertext as
 * it travels (base64url: four characters for every three bytes).
 */
export function intoBatches(
  changes: readonly SealedChange[],
  maxChars = maxBatchCiphertext,
): SealedChange[][] {
  const batches: SealedChange[][] = [];
  let current: SealedChange[] = [];
  let chars = 0;
  for (const change of changes) {
    const size = 'ciphertext' in change ? Math.ceil((change.ciphertext.length * 4) / 3) : 0;
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

import { createHash, timingSafeEqual } from 'node:crypto';
import { base64UrlPattern } from '@tend/core/primitives';
import { AppError } from './errors.ts';

/**
 * Decodes base64url the contract let through (Node's native decoder: the server handles megabytes of
 * ciphertext). A length no encoder produces is the client's mistake (400).
 */
export function decodeBytes(text: string): Uint8Array {
  if (text.length % 4 === 1 || !base64UrlPattern.test(text)) {
    throw new AppError('bad_request', 'A binary field is not valid base64url.');
  }
  return Buffer.from(text, 'base64url');
}

/** Encodes bytes as unpadded base64url without copying them. */
export const encodeBytes = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');

export const sha256Base64Url = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('base64url');

/** Compares two strings in time that does not depend on where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

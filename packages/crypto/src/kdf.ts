import { fromBase64Url, toBase64Url } from '@tend/core';
import { hkdf, labels, randomBytes } from './primitives.ts';
import type { KdfParams, PassphraseKeys } from './types.ts';

/** The floor ARCHITECTURE.md sets for the browser: never weaker than m=64 MiB, t=3. */
export const minimumKdf = { memoryKiB: 65_536, iterations: 3, parallelism: 1 } as const;

export function newKdfParams(): KdfParams {
  return { algorithm: 'argon2id', salt: toBase64Url(randomBytes(16)), ...minimumKdf };
}

/**
 * Refuses parameters weaker than the floor: a hostile server could otherwise hand out cheap
 * parameters to make the auth secret it receives easy to brute-force.
 */
export function isStrongEnough(kdf: KdfParams): boolean {
  return (
    kdf.algorithm === 'argon2id' &&
    kdf.memoryKiB >= minimumKdf.memoryKiB &&
    kdf.iterations >= minimumKdf.iterations &&
    kdf.parallelism >= 1 &&
    fromBase64Url(kdf.salt).length >= 16
  );
}

/** Passphrase → Argon2id → HKDF into two independent keys: the wrap key and the auth secret. */
export async function derivePassphraseKeys(passphrase: string, kdf: KdfParams): Promise<PassphraseKeys> {
  if (!isStrongEnough(kdf)) throw new RangeError('key derivation parameters are weaker than Tend allows');
  // Loaded on first use: Argon2id is needed to unlock, not to paint the first screen.
  const { argon2id } = await import('hash-wasm');
  const master = await argon2id({
    password: passphrase.normalize('NFKC'),
    salt: fromBase64Url(kdf.salt),
    memorySize: kdf.memoryKiB,
    iterations: kdf.iterations,
    parallelism: kdf.parallelism,
    hashLength: 32,
    outputType: 'binary',
  });
  const derive = await hkdf(master);
  master.fill(0);
  const [wrapKey, authSecret] = await Promise.all([
    derive.aesKey(labels.wrapKey),
    derive.bits(labels.authSecret),
  ]);
  return { wrapKey, authSecret: toBase64Url(authSecret) };
}

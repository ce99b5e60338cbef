import { fromBase64Url, toBase64Url } from '@tend/core';
import { hkdf, labels, randomBytes } from './primitives.ts';
import type { KdfCost, KdfParams, PassphraseKeys } from './types.ts';

/** The floor ARCHITECTURE.md sets for the browser: never weaker than m=64 MiB, t=3. */
export const minimumKdf = { memoryKiB: 65_536, iterations: 3, parallelism: 1 } as const;

/**
 * For tests only: Argon2id at a few hundred KiB and one pass, so a suite that makes hundreds of vaults
 * holds on a busy machine. The parameters stored and sent stay the floor's, and are checked as always;
 * only the work spent deriving changes. One test in crypto.test.ts keeps the real cost.
 */
export const testKdfCost: KdfCost = { memoryKiB: 256, iterations: 1 };

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

/** What Argon2id is given: the passphrase (NFKC), the account's salt and the work to spend. */
export interface Argon2Input {
  readonly password: string;
  readonly salt: Uint8Array;
  readonly memoryKiB: number;
  readonly iterations: number;
  readonly parallelism: number;
}

/** Argon2id with a 32-byte output; the page may run it elsewhere (a worker) so its thread stays free. */
export type Argon2 = (input: Argon2Input) => Promise<Uint8Array>;

/** Argon2id where it is called (hash-wasm, loaded on first use: it is needed to unlock, not to paint). */
export async function argon2InPlace(input: Argon2Input): Promise<Uint8Array> {
  const { argon2id } = await import('hash-wasm');
  return argon2id({
    password: input.password,
    salt: input.salt,
    memorySize: input.memoryKiB,
    iterations: input.iterations,
    parallelism: input.parallelism,
    hashLength: 32,
    outputType: 'binary',
  });
}

/**
 * Passphrase → Argon2id → HKDF into two independent keys: the wrap key and the auth secret. The work
 * spent is the parameters' own unless a test passes `testKdfCost`; weak parameters are refused either way.
 */
export async function derivePassphraseKeys(
  passphrase: string,
  kdf: KdfParams,
  cost: KdfCost = kdf,
  argon2: Argon2 = argon2InPlace,
): Promise<PassphraseKeys> {
  if (!isStrongEnough(kdf)) throw new RangeError('key derivation parameters are weaker than Tend allows');
  const master = await argon2({
    password: passphrase.normalize('NFKC'),
    salt: fromBase64Url(kdf.salt),
    memoryKiB: cost.memoryKiB,
    iterations: cost.iterations,
    parallelism: kdf.parallelism,
  });
  if (master.length !== 32) throw new RangeError('Argon2id gave no 32-byte key');
  const derive = await hkdf(master);
  master.fill(0);
  const [wrapKey, authSecret] = await Promise.all([
    derive.aesKey(labels.wrapKey),
    derive.bits(labels.authSecret),
  ]);
  return { wrapKey, authSecret };
}

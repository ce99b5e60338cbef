import { randomBytes } from 'node:crypto';
import type { KdfParams, KeyBundle, SignupRequest } from '@tend/contract';
import { makeUuidV7, toBase64Url } from '@tend/core';

export const randomB64 = (bytes: number) => toBase64Url(randomBytes(bytes));

export const newId = () => makeUuidV7(Date.now(), randomBytes(10));

export function newKdf(): KdfParams {
  return { algorithm: 'argon2id', salt: randomB64(16), memoryKiB: 65_536, iterations: 3, parallelism: 1 };
}

export function newKeys(): KeyBundle {
  return {
    wrappedVaultKey: randomB64(60),
    recoveryWrappedVaultKey: randomB64(60),
    sealedSharingPrivateKey: randomB64(80),
    sharingPublicKey: randomB64(32),
  };
}

/** A valid signup with fresh random secrets and a random username. */
export function newSignup(overrides: Partial<SignupRequest> = {}): SignupRequest {
  return {
    accountId: newId(),
    username: `person-${randomBytes(6).toString('hex')}`,
    authSecret: randomB64(32),
    recoveryVerifier: randomB64(32),
    kdf: newKdf(),
    keys: newKeys(),
    ...overrides,
  };
}

/** A sealed-looking record body: random bytes, as the server only ever sees. */
export const newCiphertext = (bytes = 64) => randomB64(bytes);

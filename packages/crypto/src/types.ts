import type { VaultObject } from '@tend/core';

/** Argon2id parameters; stored with the account so every device derives the same keys. */
export interface KdfParams {
  readonly algorithm: 'argon2id';
  /** base64url, 16 random bytes per account */
  readonly salt: string;
  readonly memoryKiB: number;
  readonly iterations: number;
  readonly parallelism: number;
}

/** The work Argon2id spends: the parameters' own, except in tests (see `testKdfCost`). */
export interface KdfCost {
  readonly memoryKiB: number;
  readonly iterations: number;
}

/**
 * What may be stored anywhere (device or server): every secret in it is wrapped or sealed. The seals
 * are bytes (the HTTP edge makes them the wire's text); the public key is base64url text, the form it
 * is bound in wherever something is sealed to it.
 */
export interface KeyBundle {
  readonly wrappedVaultKey: Uint8Array;
  readonly recoveryWrappedVaultKey: Uint8Array;
  readonly sealedSharingPrivateKey: Uint8Array;
  readonly sharingPublicKey: string;
}

/** The unlocked vault key. It lives in memory only. */
export interface VaultKey {
  readonly key: CryptoKey;
}

export interface PassphraseKeys {
  /** Wraps the vault key; never leaves the device. */
  readonly wrapKey: CryptoKey;
  /** Proves the passphrase to the server (32 bytes); the server keeps only a hash of it. */
  readonly authSecret: Uint8Array;
}

export interface NewVault {
  readonly vaultKey: VaultKey;
  readonly kdf: KdfParams;
  readonly keys: KeyBundle;
  readonly authSecret: Uint8Array;
  /** Shown once to the person; never stored. */
  readonly recoveryCode: string;
  /** Lets the server check a recovery without learning the code. */
  readonly recoveryVerifier: string;
}

/** Bound into every record's seal, so a record cannot be moved, swapped or rolled back unseen. */
export interface RecordAd {
  readonly ownerId: string;
  readonly recordId: string;
  readonly version: number;
}

export type { VaultObject };

export class WrongKeyError extends Error {
  override readonly name = 'WrongKeyError';
  constructor() {
    super('The passphrase or recovery code does not open this vault.');
  }
}

export class RecordRefusedError extends Error {
  override readonly name = 'RecordRefusedError';
}

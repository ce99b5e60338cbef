import { toBase64Url, utf8 } from '@tend/core';
import { derivePassphraseKeys, newKdfParams } from './kdf.ts';
import { copy, gcmOpen, gcmSeal, hkdf, importAesKey, labels, randomBytes } from './primitives.ts';
import { formatRecoveryCode, parseRecoveryCode } from './recovery-code.ts';
import {
  WrongKeyError,
  type KdfCost,
  type KdfParams,
  type KeyBundle,
  type NewVault,
  type VaultKey,
} from './types.ts';

const vaultKeyAd = utf8.encode(labels.vaultKeyAd);
const sharingKeyAd = utf8.encode(labels.sharingKeyAd);

async function recoveryKeys(code: Uint8Array) {
  const derive = await hkdf(code);
  const [wrapKey, verifier] = await Promise.all([
    derive.aesKey(labels.recoveryWrapKey),
    derive.bits(labels.recoveryVerifier),
  ]);
  return { wrapKey, recoveryVerifier: toBase64Url(verifier) };
}

/** Opens a wrapped vault key; WrongKeyError when the key or the associated data does not fit. */
export async function unwrap(
  wrapKey: CryptoKey,
  wrapped: Uint8Array,
  ad: Uint8Array = vaultKeyAd,
): Promise<VaultKey> {
  let raw: Uint8Array;
  try {
    raw = await gcmOpen(wrapKey, wrapped, ad);
  } catch {
    throw new WrongKeyError();
  }
  const key = await importAesKey(raw, true);
  raw.fill(0);
  return { key };
}

/** Wraps the vault key under another key: AES-256-GCM over its raw bytes, with `ad` bound; as bytes. */
export async function wrap(
  vaultKey: VaultKey,
  wrapKey: CryptoKey,
  ad: Uint8Array = vaultKeyAd,
): Promise<Uint8Array> {
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', vaultKey.key));
  try {
    return await gcmSeal(wrapKey, raw, ad);
  } finally {
    raw.fill(0);
  }
}

/** A new recovery code for this vault key: shown to the person, never stored in plaintext. */
export interface NewRecoveryCode {
  readonly recoveryCode: string;
  readonly recoveryWrappedVaultKey: Uint8Array;
  /** Lets the server check a recovery without learning the code. */
  readonly recoveryVerifier: string;
}

/** 256 random bits as a printable code, the vault key wrapped by it, and its verifier. */
export async function newRecoveryCode(vaultKey: VaultKey): Promise<NewRecoveryCode> {
  const code = randomBytes(32);
  const recovery = await recoveryKeys(code);
  const recoveryCode = formatRecoveryCode(code);
  code.fill(0);
  return {
    recoveryCode,
    recoveryWrappedVaultKey: await wrap(vaultKey, recovery.wrapKey),
    recoveryVerifier: recovery.recoveryVerifier,
  };
}

/**
 * Makes a vault: a random vault key wrapped by the passphrase and by a recovery code, and a sharing key
 * pair. `cost` is for tests only (see `testKdfCost`).
 */
export async function createVaultKeys(passphrase: string, cost?: KdfCost): Promise<NewVault> {
  const kdf = newKdfParams();
  const raw = randomBytes(32);
  const [passphraseKeys, sharing] = await Promise.all([
    derivePassphraseKeys(passphrase, kdf, cost),
    crypto.subtle.generateKey({ name: 'X25519' }, true, ['deriveBits']) as Promise<CryptoKeyPair>,
  ]);
  const vaultKey: VaultKey = { key: await importAesKey(raw, true) };
  const [wrapped, recovery, publicRaw, privatePkcs8] = await Promise.all([
    gcmSeal(passphraseKeys.wrapKey, raw, vaultKeyAd),
    newRecoveryCode(vaultKey),
    crypto.subtle.exportKey('raw', sharing.publicKey),
    crypto.subtle.exportKey('pkcs8', sharing.privateKey),
  ]);
  const sealedPrivate = await gcmSeal(vaultKey.key, new Uint8Array(privatePkcs8), sharingKeyAd);
  raw.fill(0);
  const keys: KeyBundle = {
    wrappedVaultKey: wrapped,
    recoveryWrappedVaultKey: recovery.recoveryWrappedVaultKey,
    sealedSharingPrivateKey: sealedPrivate,
    sharingPublicKey: toBase64Url(new Uint8Array(publicRaw)),
  };
  return {
    vaultKey,
    kdf,
    keys,
    authSecret: passphraseKeys.authSecret,
    recoveryCode: recovery.recoveryCode,
    recoveryVerifier: recovery.recoveryVerifier,
  };
}

export function openVaultKey(wrapKey: CryptoKey, keys: KeyBundle): Promise<VaultKey> {
  return unwrap(wrapKey, keys.wrappedVaultKey);
}

export async function recoverVaultKey(
  recoveryCode: string,
  keys: KeyBundle,
): Promise<{ vaultKey: VaultKey; recoveryVerifier: string }> {
  const code = parseRecoveryCode(recoveryCode);
  if (!code) throw new WrongKeyError();
  const recovery = await recoveryKeys(code);
  const vaultKey = await unwrap(recovery.wrapKey, keys.recoveryWrappedVaultKey);
  return { vaultKey, recoveryVerifier: recovery.recoveryVerifier };
}

/** A new passphrase wraps the same vault key again; no record is re-encrypted. */
export async function rewrapVaultKey(
  vaultKey: VaultKey,
  newPassphrase: string,
  cost?: KdfCost,
): Promise<{ kdf: KdfParams; wrappedVaultKey: Uint8Array; authSecret: Uint8Array }> {
  const kdf = newKdfParams();
  const passphraseKeys = await derivePassphraseKeys(newPassphrase, kdf, cost);
  const wrappedVaultKey = await wrap(vaultKey, passphraseKeys.wrapKey);
  return { kdf, wrappedVaultKey, authSecret: passphraseKeys.authSecret };
}

/** The private half of the sharing key pair, for the practitioner space. */
export async function openSharingPrivateKey(vaultKey: VaultKey, keys: KeyBundle): Promise<CryptoKey> {
  const pkcs8 = await gcmOpen(vaultKey.key, keys.sealedSharingPrivateKey, sharingKeyAd);
  return crypto.subtle.importKey('pkcs8', copy(pkcs8), { name: 'X25519' }, false, ['deriveBits']);
}

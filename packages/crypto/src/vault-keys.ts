import { fromBase64Url, toBase64Url, utf8 } from '@tend/core';
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

async function unwrap(wrapKey: CryptoKey, wrapped: string): Promise<VaultKey> {
  let raw: Uint8Array;
  try {
    raw = await gcmOpen(wrapKey, fromBase64Url(wrapped), vaultKeyAd);
  } catch {
    throw new WrongKeyError();
  }
  const key = await importAesKey(raw, true);
  raw.fill(0);
  return { key };
}

/**
 * Makes a vault: a random vault key wrapped by the passphrase and by a recovery code, and a sharing key
 * pair. `cost` is for tests only (see `testKdfCost`).
 */
export async function createVaultKeys(passphrase: string, cost?: KdfCost): Promise<NewVault> {
  const kdf = newKdfParams();
  const raw = randomBytes(32);
  const code = randomBytes(32);
  const [passphraseKeys, recovery, sharing] = await Promise.all([
    derivePassphraseKeys(passphrase, kdf, cost),
    recoveryKeys(code),
    crypto.subtle.generateKey({ name: 'X25519' }, true, ['deriveBits']) as Promise<CryptoKeyPair>,
  ]);
  const vaultKey: VaultKey = { key: await importAesKey(raw, true) };
  const [wrapped, recoveryWrapped, publicRaw, privatePkcs8] = await Promise.all([
    gcmSeal(passphraseKeys.wrapKey, raw, vaultKeyAd),
    gcmSeal(recovery.wrapKey, raw, vaultKeyAd),
    crypto.subtle.exportKey('raw', sharing.publicKey),
    crypto.subtle.exportKey('pkcs8', sharing.privateKey),
  ]);
  const sealedPrivate = await gcmSeal(vaultKey.key, new Uint8Array(privatePkcs8), sharingKeyAd);
  raw.fill(0);
  const keys: KeyBundle = {
    wrappedVaultKey: toBase64Url(wrapped),
    recoveryWrappedVaultKey: toBase64Url(recoveryWrapped),
    sealedSharingPrivateKey: toBase64Url(sealedPrivate),
    sharingPublicKey: toBase64Url(new Uint8Array(publicRaw)),
  };
  const recoveryCode = formatRecoveryCode(code);
  code.fill(0);
  return {
    vaultKey,
    kdf,
    keys,
    authSecret: passphraseKeys.authSecret,
    recoveryCode,
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
): Promise<{ kdf: KdfParams; wrappedVaultKey: string; authSecret: string }> {
  const kdf = newKdfParams();
  const passphraseKeys = await derivePassphraseKeys(newPassphrase, kdf, cost);
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', vaultKey.key));
  const wrapped = await gcmSeal(passphraseKeys.wrapKey, raw, vaultKeyAd);
  raw.fill(0);
  return { kdf, wrappedVaultKey: toBase64Url(wrapped), authSecret: passphraseKeys.authSecret };
}

/** The private half of the sharing key pair, for the practitioner space. */
export async function openSharingPrivateKey(vaultKey: VaultKey, keys: KeyBundle): Promise<CryptoKey> {
  const pkcs8 = await gcmOpen(vaultKey.key, fromBase64Url(keys.sealedSharingPrivateKey), sharingKeyAd);
  return crypto.subtle.importKey('pkcs8', copy(pkcs8), { name: 'X25519' }, false, ['deriveBits']);
}

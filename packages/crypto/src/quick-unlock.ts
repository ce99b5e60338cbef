import { utf8 } from '@tend/core';
import { hkdf, labels } from './primitives.ts';
import { WrongKeyError, type VaultKey } from './types.ts';
import { unwrap, wrap } from './vault-keys.ts';

/**
 * Quicker ways to open the vault on one device, each as strong as what it wraps with:
 * - remembered: the vault key wrapped by a random AES-256-GCM key WebCrypto made non-extractable, kept
 *   in IndexedDB (script can use it on this origin, never read it out), with the time it stops working
 *   bound into the seal;
 * - passkey: the vault key wrapped by a key derived (HKDF) from the passkey's PRF output, which the
 *   authenticator gives only after the person verifies themselves.
 */
export interface RememberedAd {
  readonly vaultId: string;
  /** When the remembered key stops opening the vault (ms since the epoch). */
  readonly expiresAt: number;
}

export interface PasskeyAd {
  readonly vaultId: string;
  /** The passkey's credential id, base64url. */
  readonly credentialId: string;
}

const rememberedAd = (ad: RememberedAd) =>
  utf8.encode(`${labels.rememberedVaultKeyAd}\u0000${ad.vaultId}\u0000${ad.expiresAt}`);

const passkeyAd = (ad: PasskeyAd) =>
  utf8.encode(`${labels.passkeyVaultKeyAd}\u0000${ad.vaultId}\u0000${ad.credentialId}`);

/** A fresh device key: WebCrypto never lets it be exported, so it can be kept but not copied out. */
export async function newDeviceKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** Whether a key read back from storage is one newDeviceKey could have made. */
export function isDeviceKey(key: unknown): key is CryptoKey {
  if (typeof CryptoKey === 'undefined' || !(key instanceof CryptoKey)) return false;
  const algorithm = key.algorithm as AesKeyAlgorithm;
  return (
    !key.extractable && key.type === 'secret' && algorithm.name === 'AES-GCM' && algorithm.length === 256
  );
}

export async function rememberVaultKey(
  vaultKey: VaultKey,
  deviceKey: CryptoKey,
  ad: RememberedAd,
): Promise<Uint8Array> {
  if (!isDeviceKey(deviceKey)) throw new RangeError('a device key is a non-extractable AES-256-GCM key');
  return wrap(vaultKey, deviceKey, rememberedAd(ad));
}

/** Opens a remembered vault key; WrongKeyError for another key, vault or expiry than it was sealed with. */
export function openRememberedVaultKey(
  deviceKey: CryptoKey,
  wrapped: Uint8Array,
  ad: RememberedAd,
): Promise<VaultKey> {
  return unwrap(deviceKey, wrapped, rememberedAd(ad));
}

/** The wrap key from a passkey's PRF output (32 bytes from the authenticator). */
export async function passkeyWrapKey(prfOutput: Uint8Array): Promise<CryptoKey> {
  if (prfOutput.length < 32) throw new WrongKeyError();
  const derive = await hkdf(prfOutput);
  return derive.aesKey(labels.passkeyWrapKey);
}

export async function wrapVaultKeyForPasskey(
  vaultKey: VaultKey,
  prfOutput: Uint8Array,
  ad: PasskeyAd,
): Promise<Uint8Array> {
  return wrap(vaultKey, await passkeyWrapKey(prfOutput), passkeyAd(ad));
}

/** Opens the vault key with a passkey's PRF output; WrongKeyError for any other passkey or output. */
export async function openVaultKeyWithPasskey(
  prfOutput: Uint8Array,
  wrapped: Uint8Array,
  ad: PasskeyAd,
): Promise<VaultKey> {
  return unwrap(await passkeyWrapKey(prfOutput), wrapped, passkeyAd(ad));
}

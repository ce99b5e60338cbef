import { fromBase64Url, toBase64Url } from '@tend/core';
import { copy, gcmOpen, gcmSeal, hkdf } from './primitives.ts';
import { concat, formatVersion, versioned } from './sealed-json.ts';
import { RecordRefusedError } from './types.ts';

/**
 * Sealing to an X25519 public key: an ephemeral key pair, HKDF-SHA-256 over the shared secret (with
 * the ephemeral public key in the info, after a label that names the purpose), AES-256-GCM over the
 * plaintext with the caller's associated data. Format: version byte, ephemeral public key, nonce,
 * ciphertext and tag. Only the holder of the private key opens it; the sender keeps nothing that can.
 */
const publicKeyLength = 32;

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;

/** An X25519 public key from base64url; RangeError when it is not 32 bytes of base64url. */
export async function importX25519PublicKey(publicKey: string): Promise<CryptoKey> {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(publicKey);
  } catch {
    throw new RangeError('an X25519 public key is base64url');
  }
  if (bytes.length !== publicKeyLength) throw new RangeError('an X25519 public key is 32 bytes');
  return subtle().importKey('raw', copy(bytes), { name: 'X25519' }, false, []);
}

async function agreedKey(
  label: string,
  privateKey: CryptoKey,
  publicKey: CryptoKey,
  ephemeralPublic: Uint8Array,
): Promise<CryptoKey> {
  const secret = new Uint8Array(
    await subtle().deriveBits({ name: 'X25519', public: publicKey }, privateKey, 256),
  );
  // A low-order public key gives an all-zero secret: refuse it rather than seal under a known key.
  if (secret.every((b) => b === 0)) throw new RangeError('the public key is not usable');
  const derive = await hkdf(secret);
  secret.fill(0);
  return derive.aesKey(`${label}\u0000${toBase64Url(ephemeralPublic)}`);
}

export async function sealToPublicKey(
  label: string,
  publicKey: string,
  plain: Uint8Array,
  ad: Uint8Array,
): Promise<Uint8Array> {
  const recipient = await importX25519PublicKey(publicKey);
  const ephemeral = (await subtle().generateKey({ name: 'X25519' }, false, ['deriveBits'])) as CryptoKeyPair;
  const ephemeralPublic = new Uint8Array(await subtle().exportKey('raw', ephemeral.publicKey));
  const key = await agreedKey(label, ephemeral.privateKey, recipient, ephemeralPublic);
  const sealed = await gcmSeal(key, plain, ad);
  return concat([Uint8Array.of(formatVersion), ephemeralPublic, sealed]);
}

/** Opens what sealToPublicKey made, or RecordRefusedError (`what` names it in the message). */
export async function openWithPrivateKey(
  label: string,
  privateKey: CryptoKey,
  sealed: Uint8Array,
  ad: Uint8Array,
  what: string,
): Promise<Uint8Array> {
  const bytes = versioned(sealed);
  if (bytes.length < publicKeyLength + 12 + 16) throw new RecordRefusedError(`${what} too short`);
  const ephemeralPublic = bytes.slice(0, publicKeyLength);
  try {
    const ephemeral = await subtle().importKey('raw', ephemeralPublic, { name: 'X25519' }, false, []);
    const key = await agreedKey(label, privateKey, ephemeral, ephemeralPublic);
    return await gcmOpen(key, bytes.subarray(publicKeyLength), ad);
  } catch {
    throw new RecordRefusedError(`${what} does not open: altered, or sealed to someone else`);
  }
}

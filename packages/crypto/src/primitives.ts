import { utf8 } from '@tend/core';

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

const nonceLength = 12;

/** AES-256-GCM with a fresh random nonce: nonce || ciphertext+tag. */
export async function gcmSeal(key: CryptoKey, plaintext: Uint8Array, ad: Uint8Array): Promise<Uint8Array> {
  const iv = randomBytes(nonceLength);
  const sealed = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: copy(ad), tagLength: 128 },
    key,
    copy(plaintext),
  );
  const out = new Uint8Array(nonceLength + sealed.byteLength);
  out.set(iv, 0);
  out.set(new Uint8Array(sealed), nonceLength);
  return out;
}

/** Opens what gcmSeal made; throws on any change to the bytes, the key or the associated data. */
export async function gcmOpen(key: CryptoKey, sealed: Uint8Array, ad: Uint8Array): Promise<Uint8Array> {
  if (sealed.length < nonceLength + 16) throw new Error('sealed data too short');
  const iv = sealed.slice(0, nonceLength);
  const body = sealed.slice(nonceLength);
  const plain = await subtle().decrypt(
    { name: 'AES-GCM', iv, additionalData: copy(ad), tagLength: 128 },
    key,
    body,
  );
  return new Uint8Array(plain);
}

export function importAesKey(raw: Uint8Array, extractable: boolean): Promise<CryptoKey> {
  return subtle().importKey('raw', copy(raw), { name: 'AES-GCM' }, extractable, ['encrypt', 'decrypt']);
}

/** HKDF-SHA-256 from high-entropy input into named, independent keys and secrets. */
export async function hkdf(input: Uint8Array) {
  const base = await subtle().importKey('raw', copy(input), 'HKDF', false, ['deriveKey', 'deriveBits']);
  const params = (info: string): HkdfParams => ({
    name: 'HKDF',
    hash: 'SHA-256',
    salt: new Uint8Array(32),
    info: copy(utf8.encode(info)),
  });
  return {
    aesKey: (info: string): Promise<CryptoKey> =>
      subtle().deriveKey(params(info), base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
    bits: async (info: string): Promise<Uint8Array> =>
      new Uint8Array(await subtle().deriveBits(params(info), base, 256)),
  };
}

/** WebCrypto wants ArrayBuffer-backed views; this also detaches callers' buffers from ours. */
export function copy(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes.length);
  out.set(bytes);
  return out;
}

export const labels = {
  wrapKey: 'tend/v1/wrap-key',
  authSecret: 'tend/v1/auth-secret',
  recoveryWrapKey: 'tend/v1/recovery-wrap-key',
  recoveryVerifier: 'tend/v1/recovery-verifier',
  vaultKeyAd: 'tend/v1/vault-key',
  sharingKeyAd: 'tend/v1/sharing-private-key',
  recordAd: 'tend/v1/record',
  tombstoneAd: 'tend/v1/tombstone',
  manifestShardAd: 'tend/v1/manifest-shard',
  shareKeySeal: 'tend/v1/share-key-seal',
  shareKeyAd: 'tend/v1/share-key',
  sharedRecordKey: 'tend/v1/shared-record-key',
  sharedRecordAd: 'tend/v1/shared-record',
  clientLabelKey: 'tend/v1/client-label-key',
  clientLabelAd: 'tend/v1/client-label',
  invitationLookup: 'tend/v1/invitation-lookup',
  invitationProfileKey: 'tend/v1/invitation-profile-key',
  invitationProfileAd: 'tend/v1/invitation-profile',
  rememberedVaultKeyAd: 'tend/v1/remembered-vault-key',
  passkeyWrapKey: 'tend/v1/passkey-wrap-key',
  passkeyVaultKeyAd: 'tend/v1/passkey-vault-key',
  pendingRecoveryCodeAd: 'tend/v1/pending-recovery-code',
  inboxSeal: 'tend/v1/inbox-seal',
  inboxItemAd: 'tend/v1/inbox-item',
  inboxPrivateKeyAd: 'tend/v1/inbox-private-key',
} as const;

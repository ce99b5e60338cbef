import { parseVaultObject, toBase64Url, utf8, type VaultObject } from '@tend/core';
import { copy, gcmOpen, gcmSeal, labels } from './primitives.ts';
import { parseJson } from './sealed-json.ts';
import { padded, writingFloor } from './padding.ts';
import { RecordRefusedError, type VaultKey } from './types.ts';
import { openWithPrivateKey, sealToPublicKey } from './x25519-box.ts';

/**
 * The locked inbox: what a person writes while the vault is locked is sealed to the vault's inbox
 * public key (X25519), which the device keeps beside the key header. Its private half is sealed under
 * the vault key, so only an unlocked vault opens what waits in the inbox, and nothing readable stays
 * on the device meanwhile.
 */
export interface InboxKeys {
  /** base64url, 32 bytes: what the device seals to while locked (bound as text into the seals). */
  readonly publicKey: string;
  /** The PKCS#8 private key sealed under the vault key, bound to the vault and the public key. */
  readonly sealedPrivateKey: Uint8Array;
}

/** Bound into each inbox item: it opens only for this vault and as the object it was sealed as. */
export interface InboxAd {
  readonly vaultId: string;
  readonly itemId: string;
}

const privateKeyAd = (vaultId: string, publicKey: string) =>
  utf8.encode(`${labels.inboxPrivateKeyAd}\u0000${vaultId}\u0000${publicKey}`);

const itemAd = (ad: InboxAd) => utf8.encode(`${labels.inboxItemAd}\u0000${ad.vaultId}\u0000${ad.itemId}`);

export async function newInboxKeys(vaultKey: VaultKey, vaultId: string): Promise<InboxKeys> {
  const pair = (await crypto.subtle.generateKey({ name: 'X25519' }, true, ['deriveBits'])) as CryptoKeyPair;
  const publicKey = toBase64Url(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const sealed = await gcmSeal(vaultKey.key, pkcs8, privateKeyAd(vaultId, publicKey));
  pkcs8.fill(0);
  return { publicKey, sealedPrivateKey: sealed };
}

/** The inbox private key, usable (never exportable) while the vault is open; else RecordRefusedError. */
export async function openInboxPrivateKey(
  vaultKey: VaultKey,
  vaultId: string,
  keys: InboxKeys,
): Promise<CryptoKey> {
  let pkcs8: Uint8Array;
  try {
    pkcs8 = await gcmOpen(vaultKey.key, keys.sealedPrivateKey, privateKeyAd(vaultId, keys.publicKey));
  } catch {
    throw new RecordRefusedError('the inbox key does not open with this vault key');
  }
  try {
    return await crypto.subtle.importKey('pkcs8', copy(pkcs8), { name: 'X25519' }, false, ['deriveBits']);
  } finally {
    pkcs8.fill(0);
  }
}

/** Seals an object for the inbox, as bytes; needs only the public key, so it works while the vault is locked. */
export function sealForInbox(publicKey: string, ad: InboxAd, object: VaultObject): Promise<Uint8Array> {
  if (object.id !== ad.itemId) throw new RangeError('the object id must be the inbox item id');
  return sealToPublicKey(
    labels.inboxSeal,
    publicKey,
    padded(JSON.stringify(object), writingFloor),
    itemAd(ad),
  );
}

/** Opens an inbox item into the object it was sealed as, or RecordRefusedError. */
export async function openInboxItem(
  privateKey: CryptoKey,
  ad: InboxAd,
  sealed: Uint8Array,
): Promise<VaultObject> {
  const plain = await openWithPrivateKey(labels.inboxSeal, privateKey, sealed, itemAd(ad), 'inbox item');
  const object = parseVaultObject(parseJson(plain));
  if (!object || object.id !== ad.itemId)
    throw new RecordRefusedError('inbox item holds an unexpected object');
  return object;
}

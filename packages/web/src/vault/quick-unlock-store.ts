import { z } from 'zod';
import { base64UrlPattern } from '@tend/core';
import { isDeviceKey } from '@tend/crypto';
import type { VaultDb } from './vault-db.ts';
import { readMeta, KeptBytes, writeMeta } from './vault-meta.ts';

const B64 = z.string().regex(base64UrlPattern).min(1).max(1024);
/** The vault key wrapped (AES-256-GCM): bytes, as the database keeps them since version 5. */
const WrappedVaultKey = KeptBytes(40, 128);

/**
 * "Remember on this device": the vault key wrapped by a non-extractable device key, both kept here
 * (IndexedDB clones the CryptoKey itself; its bytes never pass through script). It opens the vault
 * until `expiresAt`, which is bound into the seal.
 */
export const RememberedKey = z.strictObject({
  deviceKey: z.custom<CryptoKey>(isDeviceKey),
  wrappedVaultKey: WrappedVaultKey,
  savedAt: z.number().int().min(0),
  expiresAt: z.number().int().min(0),
});
export type RememberedKey = z.infer<typeof RememberedKey>;

/** A passkey that opens this vault on this device: the vault key wrapped by its PRF output. */
export const StoredPasskey = z.strictObject({
  credentialId: B64,
  /** The PRF input (32 random bytes), sent to the authenticator each time. */
  salt: KeptBytes(32, 32),
  wrappedVaultKey: WrappedVaultKey,
  addedAt: z.number().int().min(0),
});
export type StoredPasskey = z.infer<typeof StoredPasskey>;

const keys = { remembered: 'rememberedKey', passkeys: 'passkeys' } as const;

export const quickUnlockStore = {
  remembered: (db: VaultDb) => readMeta(db, keys.remembered, RememberedKey),
  /** null deletes it, in a transaction that waits for the disk. */
  setRemembered: (db: VaultDb, remembered: RememberedKey | null) =>
    writeMeta(db, keys.remembered, remembered),
  async passkeys(db: VaultDb): Promise<StoredPasskey[]> {
    return (await readMeta(db, keys.passkeys, z.array(StoredPasskey).max(32))) ?? [];
  },
  setPasskeys: (db: VaultDb, passkeys: readonly StoredPasskey[]) =>
    writeMeta(db, keys.passkeys, passkeys.length ? passkeys : null),
};

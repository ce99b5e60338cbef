import { openObject, sealObject, type VaultKey } from '@tend/crypto';
import type { Sealer } from './ports.ts';

/** Seals records under the vault key with the owner (vault id), record id and version bound in. */
export function createCryptoSealer(vaultKey: VaultKey, ownerId: string): Sealer {
  return {
    seal: (recordId, version, object) => sealObject(vaultKey, { ownerId, recordId, version }, object),
    open: (recordId, version, ciphertext) => openObject(vaultKey, { ownerId, recordId, version }, ciphertext),
  };
}

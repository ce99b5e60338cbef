import {
  openManifestShard,
  openTombstone,
  recordOpener,
  sealManifestShard,
  sealObject,
  sealTombstone,
  type VaultKey,
} from '@tend/crypto';
import type { Sealer } from './ports.ts';

/** Seals records under the vault key with the owner (vault id), record id and version bound in. */
export function createCryptoSealer(vaultKey: VaultKey, ownerId: string): Sealer {
  const open = recordOpener(vaultKey, ownerId);
  return {
    seal: (recordId, version, object) => sealObject(vaultKey, { ownerId, recordId, version }, object),
    open,
    sealTombstone: (recordId, version) => sealTombstone(vaultKey, { ownerId, recordId, version }),
    openTombstone: (recordId, version, sealed) =>
      openTombstone(vaultKey, { ownerId, recordId, version }, sealed),
    sealShard: (recordId, version, versions) =>
      sealManifestShard(vaultKey, { ownerId, recordId, version }, versions),
    openShard: (recordId, version, sealed) =>
      openManifestShard(vaultKey, { ownerId, recordId, version }, sealed),
  };
}

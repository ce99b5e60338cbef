import type { KdfParams, SessionResponse } from '@tend/contract';
import type { StoredAccount } from './account-repository.ts';

/** Allow-list mappers: only these fields ever leave the server (never a row, never a hash). */
export function presentKdf(kdf: KdfParams): KdfParams {
  return {
    algorithm: kdf.algorithm,
    salt: kdf.salt,
    memoryKiB: kdf.memoryKiB,
    iterations: kdf.iterations,
    parallelism: kdf.parallelism,
  };
}

export function presentSession(account: StoredAccount): SessionResponse {
  return {
    accountId: account.id,
    username: account.username,
    kdf: presentKdf(account.kdf),
    keys: {
      wrappedVaultKey: account.keys.wrappedVaultKey,
      recoveryWrappedVaultKey: account.keys.recoveryWrappedVaultKey,
      sealedSharingPrivateKey: account.keys.sealedSharingPrivateKey,
      sharingPublicKey: account.keys.sharingPublicKey,
    },
  };
}

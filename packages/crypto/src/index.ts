export type { KdfParams, KeyBundle, VaultKey, PassphraseKeys, NewVault, RecordAd } from './types.ts';
export { WrongKeyError, RecordRefusedError } from './types.ts';
export { newKdfParams, derivePassphraseKeys, isStrongEnough, minimumKdf } from './kdf.ts';
export {
  createVaultKeys,
  openVaultKey,
  recoverVaultKey,
  rewrapVaultKey,
  openSharingPrivateKey,
} from './vault-keys.ts';
export { sealObject, openObject } from './records.ts';
export { normalizeRecoveryCode, formatRecoveryCode, parseRecoveryCode } from './recovery-code.ts';

export type { KdfCost, KdfParams, KeyBundle, VaultKey, PassphraseKeys, NewVault, RecordAd } from './types.ts';
export { WrongKeyError, RecordRefusedError } from './types.ts';
export {
  newKdfParams,
  derivePassphraseKeys,
  argon2InPlace,
  isStrongEnough,
  minimumKdf,
  testKdfCost,
  type Argon2,
  type Argon2Input,
} from './kdf.ts';
export {
  createVaultKeys,
  openVaultKey,
  recoverVaultKey,
  rewrapVaultKey,
  openSharingPrivateKey,
  newRecoveryCode,
  type NewRecoveryCode,
} from './vault-keys.ts';
export { sealPendingRecoveryCode, openPendingRecoveryCode } from './pending-recovery-code.ts';
export {
  newDeviceKey,
  isDeviceKey,
  rememberVaultKey,
  openRememberedVaultKey,
  wrapVaultKeyForPasskey,
  openVaultKeyWithPasskey,
  type RememberedAd,
  type PasskeyAd,
} from './quick-unlock.ts';
export {
  newInboxKeys,
  openInboxPrivateKey,
  sealForInbox,
  openInboxItem,
  type InboxKeys,
  type InboxAd,
} from './inbox.ts';
export { sealObject, openObject, recordOpener } from './records.ts';
export { sealTombstone, openTombstone } from './tombstones.ts';
export { sealManifestShard, openManifestShard, type ManifestVersions } from './manifest-shards.ts';
export { normalizeRecoveryCode, formatRecoveryCode, parseRecoveryCode } from './recovery-code.ts';
export {
  newShareKey,
  importShareKey,
  sealShareKey,
  openShareKey,
  sealShared,
  openShared,
  sealClientLabel,
  openClientLabel,
  type ShareKey,
  type ShareKeyAd,
  type SharedAd,
} from './sharing.ts';
export {
  newInvitation,
  readInvitationCode,
  sealInvitationProfile,
  openInvitationProfile,
  type InvitationSecret,
  type InvitationProfile,
} from './invitation.ts';
export {
  accessLogHash,
  verifyAccessLog,
  type AccessLogEntry,
  type AccessLogHead,
  type AccessLogCheck,
} from './access-log.ts';

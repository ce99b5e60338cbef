export { createVaultService } from './create-vault-service.ts';
export type { VaultServiceOptions } from './runtime.ts';
export type { Timers, OnlineEvents } from './sync-loop.ts';
export type { FetchLike } from './http-client.ts';
export { offlineCode } from './http-client.ts';
export { syncProblems } from './sync-runner.ts';
export { VaultImportError, VaultStateError } from './errors.ts';
export { PasskeyError, type PasskeySupport } from './authenticator.ts';
export {
  WrongPassphraseError,
  ServiceError,
  type VaultService,
  type VaultStatus,
  type AccountInfo,
  type SyncState,
  type DeviceSettings,
  type QuickUnlock,
  type PasskeyInfo,
  type RecoveryCodes,
} from './vault-service.ts';
export {
  InvitationError,
  sharingProblems,
  type PracticeService,
  type PracticeSnapshot,
  type SharingState,
  type ConnectionSummary,
  type ClientSummary,
  type Invitation,
  type InvitationPreview,
  type SharedItemView,
  type PractitionerNote,
  type ClientView,
  type AccessLogView,
} from './practice-service.ts';

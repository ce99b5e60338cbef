export type {
  LocalRecord,
  OutboxEntry,
  RecordState,
  RecordWrite,
  LocalStore,
  Sealer,
  Transport,
  AppliedChange,
  StorePorts,
  SyncPorts,
  Refusal,
  RefusalReason,
  LocalShard,
  SealedChange,
  SealedRecord,
  SealedPushResult,
  SealedPullPage,
} from './ports.ts';
export { sameState, sameBytes, nextLocalVersion, pendingChange } from './record-state.ts';
export { saveObjects, saveObject, deleteObject } from './save-objects.ts';
export { pushOutbox, type PushOutcome } from './push-outbox.ts';
export { pullChanges, type PullOutcome } from './pull-changes.ts';
export { syncVault, type SyncResult, type SyncOptions } from './sync-vault.ts';
export { shardRecordId, reservedShard, shardOf, shardCount, loadManifest } from './manifest.ts';
export { checkManifest } from './check-manifest.ts';
export { forgetServer } from './forget-server.ts';
export { intoBatches, maxBatchCiphertext } from './batches.ts';
export { createCryptoSealer } from './crypto-sealer.ts';
export {
  changeToWire,
  changeFromWire,
  recordFromWire,
  recordToWire,
  pushFromWire,
  pushToWire,
  pullFromWire,
  pullToWire,
} from './wire.ts';
export {
  keysToWire,
  keysFromWire,
  sessionFromWire,
  signupToWire,
  authSecretToWire,
  passphraseChangeToWire,
  recoveryToWire,
  newRecoveryCodeToWire,
  type AccountSession,
  type Signup,
  type PassphraseChange,
  type Recovery,
  type NewRecoveryCode,
} from './account-wire.ts';
// A device store in memory with the real semantics, for tests and tools (server tests, benchmarks).
export { createMemoryStore, type MemoryStore } from './testing/memory-store.ts';
export { createShareMirror, type ShareMirror } from './sharing/mirror-shares.ts';
export { createShareSealer } from './sharing/share-sealer.ts';
export { openSharedRecords, type OpenedRecord } from './sharing/open-shared-records.ts';
export {
  sharedChangeToWire,
  sharedRecordFromWire,
  sharedRecordToWire,
  sharedResultFromWire,
  sharesFromWire,
  invitationFromWire,
  invitationToWire,
  acceptanceToWire,
  openPracticeToWire,
  relabelToWire,
} from './sharing/wire.ts';
export type {
  ShareSide,
  ShareSealer,
  ShareTransport,
  MirrorPorts,
  MirrorProblem,
  MirrorOutcome,
  SealedSharedChange,
  SealedSharedRecord,
  SealedSharedWriteResult,
  SealedShareAsPractitioner,
  SealedShares,
  SealedInvitation,
  SealedAcceptance,
} from './sharing/ports.ts';

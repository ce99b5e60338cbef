import type { ErrorCode } from '@tend/contract';
import type { SafetyPlanFields, VaultObject } from '@tend/core';
import type { PasskeySupport } from './authenticator.ts';
import type { PracticeService } from './practice-service.ts';

/**
 * The one door between the React screens and the vault: keys, the local store, the account and sync.
 * Screens never touch IndexedDB, WebCrypto or fetch directly.
 */
/** What the screens know of a passkey: enough to name it and remove it. */
export interface PasskeyInfo {
  readonly credentialId: string;
  readonly addedAt: number;
}

export type VaultStatus = 'none' | 'locked' | 'unlocked';

export interface AccountInfo {
  readonly accountId: string;
  readonly username: string;
}

export interface SyncState {
  /** local-only: no account on this device; offline: waiting for the network; error: see problem. */
  readonly status: 'local-only' | 'idle' | 'syncing' | 'offline' | 'error';
  /** Changes saved on this device that the server has not acknowledged yet. */
  readonly pending: number;
  readonly lastSyncedAt: number | null;
  readonly problem?: string;
}

/** Settings of this device, readable while the vault is locked (so Support now works there too). */
export interface DeviceSettings {
  readonly region: string | null;
  readonly theme: 'system' | 'light' | 'dark';
  readonly autoLockMinutes: number;
  /** Gentle noticing of self-talk in the journal (crisis offers show whatever this is). */
  readonly isNoticingOn: boolean;
  /** Keep a plaintext copy of the safety plan on this device, readable without the passphrase. */
  readonly isSafetyPlanReadableLocked: boolean;
  /**
   * Remember on this device: a reload opens the vault without asking, until the person has been away
   * for `autoLockMinutes` or locks it. Off by default.
   */
  readonly isRememberedOnDevice: boolean;
  /** "A year ago today you wrote…" on home. Off by default. */
  readonly isOnThisDayOn: boolean;
  /** The first-run tour was taken or put aside on this device, so home no longer offers it. */
  readonly hasSeenTour: boolean;
  /** Items the person hid from On This Day for good, by record id (ids only, never words). */
  readonly onThisDayHidden: readonly string[];
}

/**
 * A device's settings until the person changes one. Kept here, beside the types, rather than with the
 * stored settings' schema, so the app's first screen can read them without loading the vault.
 */
export const defaultSettings: DeviceSettings = {
  region: null,
  theme: 'system',
  autoLockMinutes: 10,
  isNoticingOn: true,
  isSafetyPlanReadableLocked: false,
  isRememberedOnDevice: false,
  isOnThisDayOn: false,
  onThisDayHidden: [],
  hasSeenTour: false,
};

export class WrongPassphraseError extends Error {
  override readonly name = 'WrongPassphraseError';
}

/** What a call to the server can end in: one of the contract's error codes, or no network at all. */
export type ServiceErrorCode = ErrorCode | 'offline';

/** A server answer the app understands: the contract's error code (e.g. rate_limited, account_unavailable). */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  readonly code: ServiceErrorCode;
  constructor(code: ServiceErrorCode, message?: string) {
    super(message ?? code);
    this.code = code;
  }
}

export interface VaultService {
  status(): Promise<VaultStatus>;
  /** Makes a local-only vault on this device and unlocks it; the recovery code is shown once. */
  createVault(passphrase: string): Promise<{ recoveryCode: string }>;
  unlock(passphrase: string): Promise<void>;
  /** Unlocks with the recovery code and sets a new passphrase (on the server too when there is an account). */
  recover(recoveryCode: string, newPassphrase: string): Promise<void>;
  /** Forgets the vault key and every decrypted object. */
  lock(): void;

  /**
   * Unlocked, and the records still being opened in the background: until they are, nothing is
   * listed or found (never half a list shown as whole). A change ends it, heard through subscribe.
   */
  isOpening(): boolean;
  list(kind: string): readonly VaultObject[];
  get(id: string): VaultObject | undefined;
  /**
   * Resolves only once the sealed record and its outbox entry are durably in IndexedDB. While locked,
   * a pause, a journal entry or a kindness moment goes to the locked inbox instead (see lockedInbox).
   */
  save(object: VaultObject): Promise<void>;
  remove(id: string): Promise<void>;
  /** Called after any change to the objects (local save, remove, or a pulled change). */
  subscribe(listener: () => void): () => void;

  account(): AccountInfo | null;
  /** Adds an account to the unlocked local vault and uploads it. */
  createAccount(username: string, passphrase: string): Promise<void>;
  /** On a device with no vault: signs in, fetches the keys, unwraps the vault key, pulls every record. */
  signIn(username: string, passphrase: string): Promise<void>;
  /** Signs this device in again after its session ended (expired, or the passphrase changed elsewhere). */
  reconnect(passphrase: string): Promise<void>;
  /** Signs out on the server and removes this device's copy of the vault. */
  signOut(): Promise<void>;
  changePassphrase(current: string, next: string): Promise<void>;
  /** Deletes the account and all its data on the server; the vault stays on this device, local-only. */
  deleteAccount(passphrase: string): Promise<void>;

  syncNow(): Promise<void>;
  syncState(): SyncState;
  subscribeSync(listener: () => void): () => void;

  /** Readable JSON of every object, decrypted on the device; asks for the passphrase again first. */
  exportVault(passphrase: string): Promise<string>;
  /** Reads an export into the unlocked vault; refuses a damaged file whole. Returns how many objects came in. */
  importVault(json: string): Promise<number>;
  /** Saves many objects at once (entries brought in from another app), merged by id; returns how many changed. */
  importObjects(objects: readonly VaultObject[]): Promise<number>;
  /** Which of these ids this device holds as deleted: bringing in a file again leaves them out. */
  deletedAmong(ids: readonly string[]): Promise<ReadonlySet<string>>;
  /** The export encrypted to a passphrase of the person's choosing (age format; `age -d` opens it). */
  exportBackup(passphrase: string, backupPassphrase: string): Promise<Uint8Array>;
  /** Opens a whole backup, then imports it; a wrong passphrase or a damaged file changes nothing. */
  importBackup(file: Uint8Array, backupPassphrase: string): Promise<number>;
  /** Removes this device's vault entirely (after the person confirms). */
  deleteLocalVault(): Promise<void>;

  /**
   * The plaintext copy of the safety plan, when the person chose to keep it readable while locked.
   * Readable with the vault locked, once status() has been read.
   */
  lockedSafetyPlan(): SafetyPlanFields | null;

  settings(): DeviceSettings;
  updateSettings(changes: Partial<DeviceSettings>): Promise<void>;

  /** The practitioner space: connections, sharing, reflections and the access log (needs an account). */
  readonly practice: PracticeService;
  /** Quicker ways in on this device: remembering it, and passkeys. */
  readonly quickUnlock: QuickUnlock;
  readonly recoveryCodes: RecoveryCodes;
  readonly lockedInbox: LockedInboxView;
}

/** What was written while locked: sealed on this device, added to the vault at the next unlock. */
export interface LockedInboxView {
  /** Whether writing while locked works here (the vault's inbox key is on this device). Readable after status(). */
  isReady(): boolean;
  /** How many things wait to be added at the next unlock. */
  waiting(): number;
  /** What the last unlock added and could not open, until acknowledged. */
  lastOpened(): { readonly added: number; readonly refused: number } | null;
  acknowledge(): void;
}

/**
 * Remembering this device is a device setting (`isRememberedOnDevice`, through updateSettings: turning
 * it off deletes the remembered key at once); these are the rest of the quicker ways in.
 */
export interface QuickUnlock {
  /** Opens the vault when this device remembers it and its time has not run out; says whether it did. */
  resume(): Promise<boolean>;
  /** The person is here: a remembered device's time starts again. */
  stillHere(): void;
  passkeySupport(): Promise<PasskeySupport>;
  /** This vault's passkeys on this device; readable while locked, once status() has been read. */
  passkeys(): readonly PasskeyInfo[];
  /** Needs the open vault and the passphrase again. */
  addPasskey(passphrase: string): Promise<PasskeyInfo>;
  /** Deletes the passkey's wrapped key at once. */
  removePasskey(credentialId: string): Promise<void>;
  unlockWithPasskey(): Promise<void>;
}

/** The recovery code: kept aside, sealed, until the person says they kept it; a new one on request. */
export interface RecoveryCodes {
  /** Whether a code waits to be kept; readable while locked, once status() has been read. */
  isPending(): boolean;
  /** The code waiting to be kept, or null. Needs the open vault. */
  pending(): Promise<string | null>;
  /** The person kept it: the sealed copy goes. */
  kept(): Promise<void>;
  /** A new code after the passphrase; the old one stops working (on the server too). */
  makeNew(passphrase: string): Promise<string>;
}

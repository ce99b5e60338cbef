import { z } from 'zod';
import { Bytes, Id, KdfParams, KeyBundle } from '@tend/contract';
import { safetyPlanLimits, type SafetyPlanFields } from '@tend/core';
import { defaultSettings, type AccountInfo, type DeviceSettings } from './vault-service.ts';
import { strict, type VaultDb } from './vault-db.ts';

/**
 * Bytes as IndexedDB keeps them (a Uint8Array): seals, wraps, a passkey's PRF input. A device kept them
 * as base64url text before version 5 of the database; its upgrade turns that text into these bytes
 * (`meta-to-bytes.ts`).
 */
export const KeptBytes = (minBytes: number, maxBytes: number) =>
  z.custom<Uint8Array>(
    (value) => value instanceof Uint8Array && value.length >= minBytes && value.length <= maxBytes,
  );

/** Wrapped vault keys and seals of small things: a generous bound, as nothing smaller is ever kept. */
const Sealed = KeptBytes(1, 64 * 1024);
const WrappedVaultKey = KeptBytes(40, 128);

/** The key bundle as this device keeps it: the seals as bytes, the public key as text. */
const LocalKeyBundle = z.strictObject({
  wrappedVaultKey: WrappedVaultKey,
  recoveryWrappedVaultKey: WrappedVaultKey,
  sealedSharingPrivateKey: KeptBytes(40, 256),
  sharingPublicKey: KeyBundle.shape.sharingPublicKey,
});

/**
 * A new recovery code on its way to the server: its seals wait here, and take the old code's place
 * only once the server has it (so the code the person is shown is always the one that works).
 */
const StagedRecoveryCode = z.strictObject({
  sealedCode: Sealed,
  sealedVerifier: Sealed,
  recoveryWrappedVaultKey: WrappedVaultKey,
});
export type StagedRecoveryCode = z.infer<typeof StagedRecoveryCode>;

/** What unlocks this device's vault: the vault id (owner bound into every record) and wrapped keys. */
export const VaultHeader = z.strictObject({
  vaultId: Id,
  kdf: KdfParams,
  keys: LocalKeyBundle,
  /** The recovery verifier sealed under the vault key, kept so an account can be added later. */
  sealedRecoveryVerifier: Sealed.optional(),
  /** The recovery code, sealed under the vault key, until the person says they kept it. */
  sealedPendingRecoveryCode: Sealed.optional(),
  stagedRecoveryCode: StagedRecoveryCode.optional(),
  /** The locked inbox's key pair: the public half seals what is written while locked. */
  inbox: z.strictObject({ publicKey: Bytes(32, 32), sealedPrivateKey: Sealed }).optional(),
});
export type VaultHeader = z.infer<typeof VaultHeader>;

const Account = z.strictObject({ accountId: Id, username: z.string().min(1) });

const Settings = z.strictObject({
  region: z.string().max(16).nullable(),
  theme: z.enum(['system', 'light', 'dark']),
  autoLockMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  // Later settings carry defaults, so settings stored before they existed still read.
  isNoticingOn: z.boolean().default(true),
  isSafetyPlanReadableLocked: z.boolean().default(false),
  isRememberedOnDevice: z.boolean().default(false),
  isOnThisDayOn: z.boolean().default(false),
  onThisDayHidden: z.array(z.string().max(64)).max(10_000).default([]),
  // Settings kept before the tour existed belong to someone who already knows Tend.
  hasSeenTour: z.boolean().default(true),
});

const planItems = z.array(z.string().max(safetyPlanLimits.itemLength)).max(safetyPlanLimits.itemsPerStep);

/** The plaintext copy of the safety plan a person chose to keep readable while the vault is locked. */
const LockedSafetyPlan = z.strictObject({
  warningSigns: planItems,
  thingsThatHelp: planItems,
  peopleAndPlaces: planItems,
  peopleToAsk: planItems,
  professionalSupports: planItems,
  crisisLines: planItems,
  saferSurroundings: planItems,
}) satisfies z.ZodType<SafetyPlanFields>;

const keys = {
  header: 'header',
  account: 'account',
  settings: 'settings',
  lastSyncedAt: 'lastSyncedAt',
  forgettingServer: 'forgettingServer',
  lockedSafetyPlan: 'lockedSafetyPlan',
} as const;

/** Reads back what this app stored, checked like any outside input; anything damaged reads as absent. */
export async function readMeta<T>(db: VaultDb, key: string, schema: z.ZodType<T>): Promise<T | null> {
  const parsed = schema.safeParse(await db.get('meta', key));
  return parsed.success ? parsed.data : null;
}

/** Writes one meta entry (null deletes it) in a transaction that waits for the disk. */
export async function writeMeta(db: VaultDb, key: string, value: unknown): Promise<void> {
  const tx = db.transaction('meta', 'readwrite', strict);
  await (value === null ? tx.store.delete(key) : tx.store.put(value, key));
  await tx.done;
}

export const vaultMeta = {
  header: (db: VaultDb) => readMeta(db, keys.header, VaultHeader),
  setHeader: (db: VaultDb, header: VaultHeader) => writeMeta(db, keys.header, header),
  account: (db: VaultDb): Promise<AccountInfo | null> => readMeta(db, keys.account, Account),
  setAccount: (db: VaultDb, account: AccountInfo | null) => writeMeta(db, keys.account, account),
  async settings(db: VaultDb): Promise<DeviceSettings> {
    return (await readMeta(db, keys.settings, Settings)) ?? defaultSettings;
  },
  setSettings(db: VaultDb, settings: DeviceSettings): Promise<void> {
    const parsed = Settings.safeParse(settings);
    if (!parsed.success) throw new RangeError('These settings are outside what Tend accepts.');
    return writeMeta(db, keys.settings, parsed.data);
  },
  lockedSafetyPlan: (db: VaultDb): Promise<SafetyPlanFields | null> =>
    readMeta(db, keys.lockedSafetyPlan, LockedSafetyPlan),
  setLockedSafetyPlan: (db: VaultDb, plan: SafetyPlanFields | null) =>
    writeMeta(db, keys.lockedSafetyPlan, plan && LockedSafetyPlan.parse(plan)),
  lastSyncedAt: (db: VaultDb) => readMeta(db, keys.lastSyncedAt, z.number()),
  setLastSyncedAt: (db: VaultDb, at: number | null) => writeMeta(db, keys.lastSyncedAt, at),
  /** Set while the records are being made local-only again, so a crash midway resumes at next unlock. */
  async forgettingServer(db: VaultDb): Promise<boolean> {
    return (await readMeta(db, keys.forgettingServer, z.boolean())) ?? false;
  },
  setForgettingServer: (db: VaultDb, on: boolean) => writeMeta(db, keys.forgettingServer, on ? true : null),
  /** A vault fetched from the server arrives with its account, in one transaction. */
  async setHeaderAndAccount(db: VaultDb, header: VaultHeader, account: AccountInfo): Promise<void> {
    const tx = db.transaction('meta', 'readwrite', strict);
    await Promise.all([tx.store.put(header, keys.header), tx.store.put(account, keys.account)]);
    await tx.done;
  },
  /** The account goes and the vault starts forgetting the server, in one transaction. */
  async leaveAccount(db: VaultDb): Promise<void> {
    const tx = db.transaction('meta', 'readwrite', strict);
    await Promise.all([
      tx.store.delete(keys.account),
      tx.store.delete(keys.lastSyncedAt),
      tx.store.put(true, keys.forgettingServer),
    ]);
    await tx.done;
  },
};

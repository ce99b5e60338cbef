import { newDeviceKey, openRememberedVaultKey, rememberVaultKey, type VaultKey } from '@tend/crypto';
import { quickUnlockStore } from './quick-unlock-store.ts';
import type { VaultRuntime } from './runtime.ts';
import { vaultMeta } from './vault-meta.ts';
import type { DeviceSettings } from './vault-service.ts';

/** Activity moves the remembered key's expiry on, written at most this often. */
export const rememberRefreshMs = 60_000;

const minute = 60_000;

/**
 * "Remember on this device". While the vault is open and the person chose it, IndexedDB holds the
 * vault key wrapped by a fresh non-extractable device key, good until they have been away for their
 * auto-lock time. A reload within that time opens the vault without asking. Every lock deletes the
 * wrap; so does turning the choice off. An expired wrap is refused by its time (bound into the seal)
 * and deleted the moment it is seen.
 */
export function createRememberedDevice(runtime: VaultRuntime) {
  let lastWrittenAt = Number.NEGATIVE_INFINITY;
  let writing: Promise<void> = Promise.resolve();

  const isOn = () => runtime.settings.isRememberedOnDevice;

  async function drop(): Promise<void> {
    lastWrittenAt = Number.NEGATIVE_INFINITY;
    // Only waiting for an earlier write to end; the drop below happens whether it worked or not.
    await writing.catch(() => undefined);
    await quickUnlockStore.setRemembered(await runtime.db(), null);
  }

  async function write(vaultKey: VaultKey, vaultId: string): Promise<void> {
    const now = runtime.clock.now();
    const expiresAt = now + runtime.settings.autoLockMinutes * minute;
    const deviceKey = await newDeviceKey();
    const wrappedVaultKey = await rememberVaultKey(vaultKey, deviceKey, { vaultId, expiresAt });
    // Locked or turned off while the seal was being made: leave nothing behind.
    if (!isOn() || runtime.session?.vaultKey !== vaultKey) return;
    await quickUnlockStore.setRemembered(await runtime.db(), {
      deviceKey,
      wrappedVaultKey,
      savedAt: now,
      expiresAt,
    });
    lastWrittenAt = now;
  }

  /** Serialised, so a late write never lands after a drop that came later. */
  function keep(): Promise<void> {
    const session = runtime.session;
    if (!isOn() || !session) return Promise.resolve();
    // The earlier write's failure was its caller's; this one only waits its turn.
    writing = writing.catch(() => undefined).then(() => write(session.vaultKey, session.vaultId));
    return writing;
  }

  return {
    /** After any unlock: a fresh wrap, when the person chose to be remembered. */
    afterUnlock: keep,
    /** The person is here: the time starts again (written at most once a minute). */
    stillHere(): void {
      if (!isOn() || !runtime.session) return;
      if (runtime.clock.now() - lastWrittenAt < rememberRefreshMs) return;
      // A refresh that cannot be written leaves the older one, which expires sooner: the passphrase still opens.
      void keep().catch(() => undefined);
    },
    /** At every lock: the wrap goes at once. */
    drop,
    async afterSettings(before: DeviceSettings, after: DeviceSettings): Promise<void> {
      if (!after.isRememberedOnDevice) {
        if (before.isRememberedOnDevice) await drop();
        return;
      }
      if (!before.isRememberedOnDevice || before.autoLockMinutes !== after.autoLockMinutes) await keep();
    },
    /** The vault key, when this device remembers it and its time has not run out; else null (and the wrap goes). */
    async open(): Promise<VaultKey | null> {
      const db = await runtime.db();
      const [header, stored, settings] = await Promise.all([
        vaultMeta.header(db),
        quickUnlockStore.remembered(db),
        vaultMeta.settings(db),
      ]);
      // Read here too: a reload may ask before anything else has read the settings.
      runtime.settings = settings;
      if (!stored) return null;
      const now = runtime.clock.now();
      // A clock set back before the wrap was made is not trusted to say it is still early.
      const isCurrent = now >= stored.savedAt && now < stored.expiresAt;
      if (!header || !isOn() || !isCurrent) {
        await drop();
        return null;
      }
      const ad = { vaultId: header.vaultId, expiresAt: stored.expiresAt };
      // A key that does not open is dropped below and the passphrase asked for: nothing else to do.
      const vaultKey = await openRememberedVaultKey(stored.deviceKey, stored.wrappedVaultKey, ad).catch(
        () => null,
      );
      if (!vaultKey) await drop();
      return vaultKey;
    },
  };
}

export type RememberedDevice = ReturnType<typeof createRememberedDevice>;

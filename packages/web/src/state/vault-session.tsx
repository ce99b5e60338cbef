import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { DeviceSettings, VaultStatus } from '../vault/vault-service.ts';
import { useApp } from './app-provider.tsx';

export interface VaultSession {
  readonly status: VaultStatus;
  readonly settings: DeviceSettings;
  /** A recovery code waits for the person to say they kept it (readable while locked). */
  readonly isRecoveryCodePending: boolean;
  /** Reads the vault's state again after something changed it (made, unlocked, signed in, deleted). */
  refresh(): Promise<void>;
  lock(): void;
  updateSettings(changes: Partial<DeviceSettings>): Promise<void>;
}

const Context = createContext<VaultSession | null>(null);

const openness: Record<VaultStatus, number> = { none: 0, locked: 1, unlocked: 2 };

function isDowngrade(current: VaultStatus | null, next: VaultStatus): boolean {
  return current !== null && openness[next] < openness[current];
}

interface VaultSessionProviderProps {
  readonly children: ReactNode;
  readonly fallback: ReactNode;
  /**
   * Loads what a status will show before the session takes it on, so its screens need no placeholder.
   * A failure here does not stop the change: the screens then load as they would have anyway.
   */
  readonly prepare?: (status: VaultStatus) => Promise<unknown>;
  /**
   * The status to show until the vault answers, when the caller already knows it (a device that has
   * never held a vault has none): its screen then needs no wait for IndexedDB. The answer replaces it.
   */
  readonly assumed?: VaultStatus | null;
}

const nothingToPrepare = () => Promise.resolve();

/** Holds the vault's status and device settings; renders the fallback until the first status is known. */
export function VaultSessionProvider({
  children,
  fallback,
  prepare = nothingToPrepare,
  assumed,
}: VaultSessionProviderProps) {
  const { vault } = useApp();
  const [status, setStatus] = useState<VaultStatus | null>(assumed ?? null);
  const [settings, setSettings] = useState<DeviceSettings | null>(() => (assumed ? vault.settings() : null));
  const [isRecoveryCodePending, setIsRecoveryCodePending] = useState(false);

  /** Takes on a status the vault gave, with what it shows already read (settings, a pending code). */
  const show = useCallback(
    async (next: VaultStatus) => {
      // Offline before this part of the app was cached, say: its screens then show their own placeholder.
      await prepare(next).catch(() => undefined);
      setSettings(vault.settings());
      setIsRecoveryCodePending(vault.recoveryCodes.isPending());
      setStatus(next);
    },
    [vault, prepare],
  );

  const refresh = useCallback(async () => {
    await show(await vault.status());
  }, [vault, show]);

  useEffect(() => {
    // First, a device that remembers the vault opens it without asking (until its time runs out).
    const start = async () => {
      if ((await vault.status()) === 'locked') {
        // Where the person chose to be remembered, the open vault's screens load while its key is
        // found, not after it: a remembered reload then shows home as soon as the key opens.
        if (vault.settings().isRememberedOnDevice) void prepare('unlocked').catch(() => undefined);
        await vault.quickUnlock.resume().catch(() => false);
      }
      await refresh();
    };
    start().catch((error: unknown) => {
      console.error('Reading the vault status failed', error instanceof Error ? error.name : 'unknown');
      setStatus('none');
      setSettings(vault.settings());
    });
  }, [refresh, vault, prepare]);

  // Locked or removed from elsewhere (another tab, a deleted vault): follow it down, never up, so a
  // screen that is still finishing (the recovery kit) is not skipped. The one way up it follows is
  // from locked (or not yet known, as a remembered device opens on its own) to unlocked: the vault
  // shows itself as soon as its key opens, while its records are still opening, so home can paint
  // before the unlock has finished.
  const shown = useRef(status);
  useEffect(() => {
    shown.current = status;
  }, [status]);
  useEffect(
    () =>
      vault.subscribe(() => {
        // Opening means unlocked: taken on at once, without asking the database while it is busy.
        const wasLocked = shown.current === 'locked' || shown.current === null;
        if (wasLocked && vault.isOpening()) {
          void show('unlocked');
          return;
        }
        vault
          .status()
          .then((next) => setStatus((current) => (isDowngrade(current, next) ? next : current)))
          // The status is read again at the next change; the screen keeps the one it has.
          .catch(() => undefined);
      }),
    [vault, show],
  );

  const lock = useCallback(() => {
    vault.lock();
    setStatus((s) => (s === 'unlocked' ? 'locked' : s));
  }, [vault]);

  const updateSettings = useCallback(
    async (changes: Partial<DeviceSettings>) => {
      setSettings((current) => (current ? { ...current, ...changes } : current));
      await vault.updateSettings(changes);
      setSettings(vault.settings());
    },
    [vault],
  );

  const session = useMemo(
    () =>
      status && settings ? { status, settings, isRecoveryCodePending, refresh, lock, updateSettings } : null,
    [status, settings, isRecoveryCodePending, refresh, lock, updateSettings],
  );
  if (!session) return fallback;
  return <Context value={session}>{children}</Context>;
}

export function useVaultSession(): VaultSession {
  const session = useContext(Context);
  if (!session) throw new Error('useVaultSession needs a VaultSessionProvider');
  return session;
}

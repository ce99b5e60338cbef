import { useCallback, useSyncExternalStore } from 'react';
import type { SyncState } from '../vault/index.ts';
import { useApp } from './app-provider.tsx';

/** The sync state, kept current. The vault replaces the state object on every change, never edits it. */
export function useSyncState(): SyncState {
  const { vault } = useApp();
  const subscribe = useCallback((listener: () => void) => vault.subscribeSync(listener), [vault]);
  const read = useCallback(() => vault.syncState(), [vault]);
  return useSyncExternalStore(subscribe, read, read);
}

import { useReducer } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useSyncState } from '../../state/use-sync-state.ts';
import type { AccountInfo } from '../../vault/vault-service.ts';

/** The sync account, read again when it changes here (added, deleted) or in sync. */
export function useAccount(): readonly [AccountInfo | null, () => void] {
  const { vault } = useApp();
  useSyncState();
  const [, accountChanged] = useReducer((n: number) => n + 1, 0);
  return [vault.account(), accountChanged];
}

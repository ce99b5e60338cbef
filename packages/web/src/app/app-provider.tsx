import { createContext, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { AppContext } from '../app-context.ts';

const Context = createContext<AppContext | null>(null);

export function AppProvider({ value, children }: { value: AppContext; children: ReactNode }) {
  return <Context value={value}>{children}</Context>;
}

export function useApp(): AppContext {
  const app = useContext(Context);
  if (!app) throw new Error('useApp needs an AppProvider');
  return app;
}

/** A number that moves whenever the vault's objects change, to recompute views that read them. */
export function useVaultRevision(): number {
  const { vault } = useApp();
  const [revision, setRevision] = useState(0);
  useEffect(() => vault.subscribe(() => setRevision((r) => r + 1)), [vault]);
  return revision;
}

/** The sync state, kept current. */
export function useSyncState() {
  const { vault } = useApp();
  const [state, setState] = useState(() => vault.syncState());
  useEffect(() => {
    setState(vault.syncState());
    return vault.subscribeSync(() => setState(vault.syncState()));
  }, [vault]);
  return state;
}

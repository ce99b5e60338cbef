import { createContext, useContext } from 'react';
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

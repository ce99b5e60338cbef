import type { LookingBackSpan } from '@tend/core';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

type ChosenSpan = readonly [LookingBackSpan, (span: LookingBackSpan) => void];

const Context = createContext<ChosenSpan | null>(null);

/**
 * The span last chosen, kept while the vault is open, so the overview and each view look back as far.
 * It lives inside the unlocked app, so locking lets it go.
 */
export function ChosenSpanProvider({ children }: { children: ReactNode }) {
  const [span, setSpan] = useState<LookingBackSpan>('season');
  const value = useMemo((): ChosenSpan => [span, setSpan], [span]);
  return <Context value={value}>{children}</Context>;
}

export function useChosenSpan(): ChosenSpan {
  const chosen = useContext(Context);
  if (!chosen) throw new Error('useChosenSpan needs a ChosenSpanProvider');
  return chosen;
}

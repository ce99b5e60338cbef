import { isPause, pauseKind, unfinishedPauses, type Pause } from '@tend/core';
import { useMemo } from 'react';
import { useVaultObjects } from './use-vault-objects.ts';

/** Every pause in the open vault; recomputed when the vault changes. */
export function usePauses(): readonly Pause[] {
  return useVaultObjects(pauseKind, isPause);
}

/** Pauses left open, newest first. */
export function useUnfinishedPauses(): readonly Pause[] {
  const pauses = usePauses();
  return useMemo(() => unfinishedPauses(pauses), [pauses]);
}

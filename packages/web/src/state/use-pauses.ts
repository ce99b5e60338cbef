import { isPause, pauseKind, unfinishedPauses, type Pause } from '@tend/core';
import { useCallback, useMemo, useState } from 'react';
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

const keptKey = 'tend.pauses-kept-for-later';

function readKept(): string[] {
  try {
    const ids: unknown = JSON.parse(sessionStorage.getItem(keptKey) ?? '[]');
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Pauses the person chose to keep for later: home stops offering them for the rest of this visit
 * (they wait in Past pauses). Only ids are kept, in this tab's session storage, never any words.
 */
export function useKeptForLater(): readonly [readonly string[], (id: string) => void] {
  const [kept, setKept] = useState(readKept);
  const keep = useCallback((id: string) => {
    setKept((before) => {
      const after = [...before, id];
      try {
        sessionStorage.setItem(keptKey, JSON.stringify(after));
      } catch {
        // Keeping it quiet for this screen is enough when storage is unavailable.
      }
      return after;
    });
  }, []);
  return [kept, keep];
}

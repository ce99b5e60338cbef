import {
  isPause,
  isRelationship,
  pauseKind,
  relationshipKind,
  unfinishedPauses,
  type Pause,
  type Relationship,
} from '@tend/core';
import { useMemo } from 'react';
import { useApp, useVaultRevision } from '../../app/app-provider.tsx';

/** Every pause in the open vault; recomputed when the vault changes. */
export function usePauses(): readonly Pause[] {
  const { vault } = useApp();
  const revision = useVaultRevision();
  return useMemo(() => {
    void revision;
    return vault.list(pauseKind).filter(isPause);
  }, [vault, revision]);
}

/** Pauses left open, newest first. */
export function useUnfinishedPauses(): readonly Pause[] {
  const pauses = usePauses();
  return useMemo(() => unfinishedPauses(pauses), [pauses]);
}

/** The people the person has written about, to pick who is involved; in name order. */
export function usePeople(): readonly Relationship[] {
  const { vault } = useApp();
  const revision = useVaultRevision();
  return useMemo(() => {
    void revision;
    return vault
      .list(relationshipKind)
      .filter(isRelationship)
      .sort((a, b) => a.fields.name.localeCompare(b.fields.name) || a.createdAt - b.createdAt);
  }, [vault, revision]);
}

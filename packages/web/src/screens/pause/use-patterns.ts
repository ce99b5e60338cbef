import { isPattern, patternKind, type Pattern } from '@tend/core';
import { useMemo } from 'react';
import { useApp, useVaultRevision } from '../../app/app-provider.tsx';

/** Every named pattern, oldest first, so the list keeps its shape as new ones are named. */
export function usePatterns(): readonly Pattern[] {
  const { vault } = useApp();
  const revision = useVaultRevision();
  return useMemo(() => {
    void revision;
    return vault
      .list(patternKind)
      .filter(isPattern)
      .sort((a, b) => a.createdAt - b.createdAt);
  }, [vault, revision]);
}

import { byResourceOrder, isResource, resourceKind, type Resource } from '@tend/core';
import { useMemo } from 'react';
import { useApp, useVaultRevision } from '../../app/app-provider.tsx';

/** The person's resources in their own order; recomputed when the vault changes. */
export function useResources(): readonly Resource[] {
  const { vault } = useApp();
  const revision = useVaultRevision();
  return useMemo(() => {
    void revision;
    return vault.list(resourceKind).filter(isResource).sort(byResourceOrder);
  }, [vault, revision]);
}

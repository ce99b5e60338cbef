import { byResourceOrder, isResource, resourceKind, type Resource } from '@tend/core';
import { useVaultObjects } from './use-vault-objects.ts';

/** The person's resources in their own order; recomputed when the vault changes. */
export function useResources(): readonly Resource[] {
  return useVaultObjects(resourceKind, isResource, byResourceOrder);
}

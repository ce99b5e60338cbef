import type { VaultObject } from '@tend/core';
import { useMemo } from 'react';
import { useApp, useVaultRevision } from './app-provider.tsx';

/**
 * The open vault's objects of one kind that pass the kind's guard, recomputed when the vault changes.
 * `order` must be a stable function (declared at module level) so the list is not rebuilt every render.
 */
export function useVaultObjects<T extends VaultObject>(
  kind: string,
  guard: (object: VaultObject) => object is T,
  order?: (a: T, b: T) => number,
): readonly T[] {
  const { vault } = useApp();
  const revision = useVaultRevision();
  return useMemo(() => {
    void revision;
    const objects = vault.list(kind).filter(guard);
    return order ? objects.sort(order) : objects;
  }, [vault, revision, kind, guard, order]);
}

/** By name, then by when it was made: parts and people read the same way everywhere. */
export const byName = <T extends VaultObject<{ readonly name: string }>>(a: T, b: T): number =>
  a.fields.name.localeCompare(b.fields.name) || a.createdAt - b.createdAt;

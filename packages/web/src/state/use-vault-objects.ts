import type { VaultObject } from '@tend/core';
import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import type { VaultService } from '../vault/index.ts';
import { useApp } from './app-provider.tsx';

const nothing: readonly VaultObject[] = Object.freeze([]);

function sameObjects(a: readonly VaultObject[], b: readonly VaultObject[]): boolean {
  return a.length === b.length && a.every((object, i) => object === b[i]);
}

/** Subscribes to the vault's changes, kept stable per vault so React subscribes once. */
function useVaultSubscription(vault: VaultService) {
  return useCallback((listener: () => void) => vault.subscribe(listener), [vault]);
}

/**
 * One kind's objects as React reads them: the same array until one of them changes. The vault keeps
 * its lists per kind until the next change; a list that is rebuilt with the same objects (a locked
 * vault's empty list, or a store that does not keep its lists) still reads as unchanged.
 */
export function useKindList(kind: string): readonly VaultObject[] {
  const { vault } = useApp();
  const last = useRef(nothing);
  const read = useCallback(() => {
    const listed = vault.list(kind);
    if (listed !== last.current && !sameObjects(listed, last.current)) last.current = listed;
    return last.current;
  }, [vault, kind]);
  return useSyncExternalStore(useVaultSubscription(vault), read, read);
}

/**
 * The open vault's objects of one kind that pass the kind's guard, read again when the vault changes.
 * `order` must be a stable function (declared at module level) so the list is not rebuilt every render.
 */
export function useVaultObjects<T extends VaultObject>(
  kind: string,
  guard: (object: VaultObject) => object is T,
  order?: (a: T, b: T) => number,
): readonly T[] {
  const listed = useKindList(kind);
  return useMemo(() => {
    const objects = listed.filter(guard);
    return order ? objects.sort(order) : objects;
  }, [listed, guard, order]);
}

/** One object by id when it is of the guarded kind, else null; read again when the vault changes. */
export function useVaultObject<T extends VaultObject>(
  id: string,
  guard: (object: VaultObject) => object is T,
): T | null {
  const { vault } = useApp();
  const read = useCallback(() => vault.get(id), [vault, id]);
  const found = useSyncExternalStore(useVaultSubscription(vault), read, read);
  return found && guard(found) ? found : null;
}

/**
 * Whether the open vault's records are still being opened: until they are, lists read empty, so a
 * screen that shows them says it is still opening instead (never half a list as if it were whole).
 */
export function useVaultOpening(): boolean {
  const { vault } = useApp();
  const read = useCallback(() => vault.isOpening(), [vault]);
  return useSyncExternalStore(useVaultSubscription(vault), read, read);
}

/** By name, then by when it was made: parts and people read the same way everywhere. */
export const byName = <T extends VaultObject<{ readonly name: string }>>(a: T, b: T): number =>
  a.fields.name.localeCompare(b.fields.name) || a.createdAt - b.createdAt;

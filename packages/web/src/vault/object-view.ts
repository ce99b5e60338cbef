import type { VaultObject } from '@tend/core';
import type { AppliedChange } from '@tend/sync';

/**
 * The decrypted objects of an unlocked vault, in memory only. Lists are memoised per kind until the
 * next change, so a screen reading them on every render gets the same array back.
 */
export interface ObjectView {
  get(id: string): VaultObject | undefined;
  list(kind: string): readonly VaultObject[];
  all(): VaultObject[];
  apply(changes: readonly AppliedChange[]): void;
}

export function createObjectView(objects: Map<string, VaultObject>): ObjectView {
  const byKind = new Map<string, readonly VaultObject[]>();
  return {
    get: (id) => objects.get(id),
    list(kind) {
      const cached = byKind.get(kind);
      if (cached) return cached;
      const listed = Object.freeze([...objects.values()].filter((o) => o.kind === kind));
      byKind.set(kind, listed);
      return listed;
    },
    all: () => [...objects.values()],
    apply(changes) {
      for (const { id, object } of changes) {
        if (object) objects.set(id, object);
        else objects.delete(id);
      }
      byKind.clear();
    },
  };
}

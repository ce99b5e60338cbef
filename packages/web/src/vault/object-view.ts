import type { VaultObject } from '@tend/core';
import type { AppliedChange } from '@tend/sync';

/**
 * The decrypted objects of an unlocked vault, in memory only. Lists are memoised per kind until the
 * next change, so a screen reading them on every render gets the same array back.
 *
 * A view may start still opening: the vault is unlocked and its records are being opened in the
 * background. Until `fill` brings them, nothing is listed or found, so no screen shows half a list as
 * if it were whole. Changes applied meanwhile (a save, a pulled change, another tab's write) are kept
 * and win over what `fill` brings for the same ids, since the opened records were read before them.
 */
export interface ObjectView {
  get(id: string): VaultObject | undefined;
  list(kind: string): readonly VaultObject[];
  all(): VaultObject[];
  apply(changes: readonly AppliedChange[]): void;
  /** Whether the records are still being opened (nothing is listed until they are). */
  isOpening(): boolean;
  /** Settles once every record is opened (at once for a view made open). */
  whenOpen(): Promise<void>;
  /** The opened records, in their order; ends the opening. Changes applied meanwhile win. */
  fill(opened: Map<string, VaultObject>): void;
}

const nothing: readonly VaultObject[] = Object.freeze([]);

export function createObjectView(
  objects: Map<string, VaultObject>,
  { isOpening = false }: { readonly isOpening?: boolean } = {},
): ObjectView {
  const byKind = new Map<string, readonly VaultObject[]>();
  let current = objects;
  /** While opening: what changed since, by id (null: removed). */
  let changed: Map<string, VaultObject | null> | null = isOpening ? new Map() : null;
  let opened: () => void = () => undefined;
  const whenOpen = changed
    ? new Promise<void>((resolve) => {
        opened = resolve;
      })
    : Promise.resolve();
  return {
    get: (id) => (changed ? undefined : current.get(id)),
    list(kind) {
      if (changed) return nothing;
      const cached = byKind.get(kind);
      if (cached) return cached;
      const listed = Object.freeze([...current.values()].filter((o) => o.kind === kind));
      byKind.set(kind, listed);
      return listed;
    },
    all: () => (changed ? [] : [...current.values()]),
    apply(changes) {
      for (const { id, object } of changes) {
        changed?.set(id, object);
        if (object) current.set(id, object);
        else current.delete(id);
      }
      byKind.clear();
    },
    isOpening: () => changed !== null,
    whenOpen: () => whenOpen,
    fill(records) {
      if (!changed) return;
      for (const [id, object] of changed) {
        records.delete(id);
        if (object) records.set(id, object);
      }
      current = records;
      changed = null;
      byKind.clear();
      opened();
    },
  };
}

import type { VaultObject } from '@tend/core';
import { isPattern, patternKind, type Pattern } from '@tend/core';
import { useVaultObjects } from './use-vault-objects.ts';

const oldestMade = (a: VaultObject, b: VaultObject): number => a.createdAt - b.createdAt;

/** Every named pattern, oldest first, so the list keeps its shape as new ones are named. */
export function usePatterns(): readonly Pattern[] {
  return useVaultObjects(patternKind, isPattern, oldestMade);
}

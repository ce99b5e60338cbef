import {
  checkInKind,
  isCheckIn,
  isRelationship,
  relationshipKind,
  type RelationalCheckIn,
  type Relationship,
} from '@tend/core';
import { useMemo } from 'react';
import { useVaultObjects, byName } from './use-vault-objects.ts';

/** Every relationship in the open vault, in name order; recomputed on change. */
export function useRelationships(): readonly Relationship[] {
  return useVaultObjects(relationshipKind, isRelationship, byName);
}

export function useRelationship(id: string): Relationship | null {
  const relationships = useRelationships();
  return useMemo(() => relationships.find((r) => r.id === id) ?? null, [relationships, id]);
}

/** Every relational check-in in the open vault. */
export function useCheckIns(): readonly RelationalCheckIn[] {
  return useVaultObjects(checkInKind, isCheckIn);
}

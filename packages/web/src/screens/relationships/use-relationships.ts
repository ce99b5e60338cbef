import {
  checkInKind,
  isCheckIn,
  isRelationship,
  relationshipKind,
  type RelationalCheckIn,
  type Relationship,
} from '@tend/core';
import { useMemo } from 'react';
import { useApp, useVaultRevision } from '../../app/app-provider.tsx';

/** Every relationship in the open vault, in name order; recomputed on change. */
export function useRelationships(): readonly Relationship[] {
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

export function useRelationship(id: string): Relationship | null {
  const relationships = useRelationships();
  return useMemo(() => relationships.find((r) => r.id === id) ?? null, [relationships, id]);
}

/** Every relational check-in in the open vault. */
export function useCheckIns(): readonly RelationalCheckIn[] {
  const { vault } = useApp();
  const revision = useVaultRevision();
  return useMemo(() => {
    void revision;
    return vault.list(checkInKind).filter(isCheckIn);
  }, [vault, revision]);
}

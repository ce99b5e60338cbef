import {
  griefKind,
  isGrief,
  isMeeting,
  isPart,
  meetingKind,
  partKind,
  type Grief,
  type Meeting,
  type Part,
} from '@tend/core';
import { useMemo } from 'react';
import { useApp, useVaultRevision } from '../../app/app-provider.tsx';

/** Every part in the open vault, archived ones included, in name order; recomputed on change. */
export function useParts(): readonly Part[] {
  const { vault } = useApp();
  const revision = useVaultRevision();
  return useMemo(() => {
    void revision;
    return vault
      .list(partKind)
      .filter(isPart)
      .sort((a, b) => a.fields.name.localeCompare(b.fields.name) || a.createdAt - b.createdAt);
  }, [vault, revision]);
}

export function useMeetings(): readonly Meeting[] {
  const { vault } = useApp();
  const revision = useVaultRevision();
  return useMemo(() => {
    void revision;
    return vault.list(meetingKind).filter(isMeeting);
  }, [vault, revision]);
}

/** Griefs, the most recently begun first. */
export function useGriefs(): readonly Grief[] {
  const { vault } = useApp();
  const revision = useVaultRevision();
  return useMemo(() => {
    void revision;
    return vault
      .list(griefKind)
      .filter(isGrief)
      .sort((a, b) => b.createdAt - a.createdAt);
  }, [vault, revision]);
}

/** One part by id, or null when it is not on this device. */
export function usePart(id: string): Part | null {
  const parts = useParts();
  return useMemo(() => parts.find((p) => p.id === id) ?? null, [parts, id]);
}

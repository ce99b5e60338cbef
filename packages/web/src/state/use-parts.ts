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
  type VaultObject,
} from '@tend/core';
import { useMemo } from 'react';
import { useVaultObjects, byName } from './use-vault-objects.ts';

const newestMade = (a: VaultObject, b: VaultObject): number => b.createdAt - a.createdAt;

/** Every part in the open vault, archived ones included, in name order; recomputed on change. */
export function useParts(): readonly Part[] {
  return useVaultObjects(partKind, isPart, byName);
}

export function useMeetings(): readonly Meeting[] {
  return useVaultObjects(meetingKind, isMeeting);
}

/** Griefs, the most recently begun first. */
export function useGriefs(): readonly Grief[] {
  return useVaultObjects(griefKind, isGrief, newestMade);
}

/** One part by id, or null when it is not on this device. */
export function usePart(id: string): Part | null {
  const parts = useParts();
  return useMemo(() => parts.find((p) => p.id === id) ?? null, [parts, id]);
}

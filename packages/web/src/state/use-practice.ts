import {
  practiceProfileKind,
  isSessionList,
  isSharedItem,
  sessionListKind,
  sharedItemKind,
  type SessionList,
  type SharedItem,
} from '@tend/core';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type {
  ConnectionSummary,
  PracticeService,
  PracticeSnapshot,
  SessionMark,
} from '../vault/practice-service.ts';
import { useApp } from './app-provider.tsx';
import { byNewestShared, isStillShared, sessionListFor } from './client-objects.ts';
import { useKindList, useVaultObjects } from './use-vault-objects.ts';

/** The practitioner space of the open vault. */
export function usePractice(): PracticeService {
  return useApp().vault.practice;
}

/** The practice's latest known state, kept current. */
export function usePracticeSnapshot(): PracticeSnapshot {
  const practice = usePractice();
  const subscribe = useCallback((listener: () => void) => practice.subscribe(listener), [practice]);
  const read = useCallback(() => practice.snapshot(), [practice]);
  return useSyncExternalStore(subscribe, read, read);
}

/**
 * Whether this vault holds a practice: read from its own profile record, so it holds offline and
 * without loading the practice service (which most people never need).
 */
export function useHasPractice(): boolean {
  return useKindList(practiceProfileKind).length > 0;
}

/** Connections still open, the newest first. */
export function activeConnections(snapshot: PracticeSnapshot): readonly ConnectionSummary[] {
  return snapshot.connections.filter((c) => c.endedAt === null).sort((a, b) => b.connectedAt - a.connectedAt);
}

/** Every item the client has shared, unshared markers included, newest first. */
export function useAllSharedItems(): readonly SharedItem[] {
  return useVaultObjects(sharedItemKind, isSharedItem, byNewestShared);
}

/** Every item the client shares now, newest first; recomputed when the vault changes. */
export function useSharedItems(): readonly SharedItem[] {
  const items = useAllSharedItems();
  return useMemo(() => items.filter(isStillShared), [items]);
}

/** The items shared through one connection. */
export function useConnectionItems(connectionId: string): readonly SharedItem[] {
  const items = useSharedItems();
  return useMemo(() => items.filter((i) => i.fields.connectionId === connectionId), [items, connectionId]);
}

/** A connection's session list, or null before one is begun; read again when the vault changes. */
export function useSessionList(connectionId: string): SessionList | null {
  const lists = useVaultObjects(sessionListKind, isSessionList);
  return useMemo(() => sessionListFor(lists, connectionId), [lists, connectionId]);
}

/**
 * The practitioner's "talked about" marks on a connection's session list, read when the screen opens
 * and again when the practitioner has written something new. Offline, none are shown.
 */
export function useSessionMarks(connectionId: string): readonly SessionMark[] {
  const practice = usePractice();
  const snapshot = usePracticeSnapshot();
  const hasNew = snapshot.connections.find((c) => c.id === connectionId)?.hasNew ?? false;
  const [marks, setMarks] = useState<readonly SessionMark[]>([]);
  useEffect(() => {
    let isCurrent = true;
    // Offline or unreachable, no marks are shown (as said above), and the screen's offline note says why.
    practice
      .sessionMarks(connectionId)
      .then((read) => isCurrent && setMarks(read))
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [practice, connectionId, hasNew]);
  return marks;
}

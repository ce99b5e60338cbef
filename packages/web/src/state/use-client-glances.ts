import {
  clientGlanceKind,
  endClientGlance,
  isClientGlance,
  lookAtClient,
  type ClientGlance,
  type ClientSight,
  type NewSinceLastLook,
} from '@tend/core';
import { useEffect, useRef, useState } from 'react';
import type { ClientView, PracticeSnapshot } from '../vault/practice-service.ts';
import { useApp } from './app-provider.tsx';
import { useVaultObjects } from './use-vault-objects.ts';

const byCreation = (a: ClientGlance, b: ClientGlance) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);

/** What the practitioner's device remembers of each client from the last look, the earliest first. */
export function useClientGlances(): readonly ClientGlance[] {
  return useVaultObjects(clientGlanceKind, isClientGlance, byCreation);
}

/** Two devices may each have begun one: the earliest is the client's. */
const glanceFor = (glances: readonly ClientGlance[], shareId: string) =>
  glances.find((g) => g.fields.shareId === shareId) ?? null;

function sightOf(view: ClientView, connectedAt: number): ClientSight {
  const list = view.sessionList;
  return {
    shareId: view.shareId,
    clientName: view.name,
    connectedAt,
    items: view.items.map((i) => ({ id: i.id, kind: i.document.kind, updatedAt: i.updatedAt })),
    sessionList: list && { updatedAt: list.updatedAt, points: list.entries.length, forDate: list.forDate },
  };
}

/**
 * Remembers each look at a client (its shape only) in the practitioner's vault, and gives what was new
 * at the first look of this visit, before the glance moved on.
 */
export function useRememberLook(
  view: ClientView | null,
  connectedAt: number | null,
): NewSinceLastLook | null {
  const { vault, ports } = useApp();
  const glances = useClientGlances();
  const latest = useRef(glances);
  const [news, setNews] = useState<NewSinceLastLook | null>(null);
  useEffect(() => {
    latest.current = glances;
  }, [glances]);
  useEffect(() => {
    if (!view) return;
    const held = glanceFor(latest.current, view.shareId);
    const sight = sightOf(view, connectedAt ?? held?.fields.connectedAt ?? 0);
    const look = lookAtClient(ports, held, sight);
    setNews((shown) => shown ?? look.news);
    // A glance is only a memory of what was seen: the next look saves it again.
    vault.save(look.glance).catch(() => undefined);
  }, [view, connectedAt, ports, vault]);
  return news;
}

/** Once a connection is found gone, its glance remembers it as ended (by the practitioner or the client). */
export function useRememberEnded(shareIds: readonly string[], by: 'me' | 'client'): void {
  const { vault, ports } = useApp();
  const glances = useClientGlances();
  // By value: a caller's new array of the same ids is the same request.
  const key = shareIds.join(' ');
  useEffect(() => {
    for (const shareId of key.split(' ')) {
      const glance = glanceFor(glances, shareId);
      if (!glance || glance.fields.endedAt !== null) continue;
      // Saved again at the next reading of the shares, while the glance still says it is open.
      vault.save(endClientGlance(glance, ports.clock.now(), by)).catch(() => undefined);
    }
  }, [key, by, glances, vault, ports]);
}

/** The clients the practitioner has looked at that the server no longer lists (after a reading of it). */
export function goneClients(glances: readonly ClientGlance[], snapshot: PracticeSnapshot): string[] {
  if (snapshot.status !== 'ready') return [];
  const listed = new Set(snapshot.clients.map((c) => c.shareId));
  return glances
    .filter((g) => g.fields.endedAt === null && !listed.has(g.fields.shareId))
    .map((g) => g.fields.shareId);
}

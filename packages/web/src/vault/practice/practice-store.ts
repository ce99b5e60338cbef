import { stableJson, type Connection, type ShareableKind } from '@tend/core';
import type { VaultContext } from '../runtime.ts';
import type { ClientSummary, ConnectionSummary, PracticeSnapshot } from '../practice-service.ts';
import { ServiceError } from '../vault-service.ts';
import { connectionsOf, isActive, profileOf, type PracticeVault } from './practice-objects.ts';

/** What the server last said about this account's shares (no shared material). */
export interface ServerShares {
  readonly isPractitioner: boolean;
  /** As the client: the practitioner's latest record seq, per share. */
  readonly practitionerSeqs: ReadonlyMap<string, number>;
  /** As the practitioner: the clients whose share key and name opened. */
  readonly clients: readonly ClientSummary[];
}

const unavailable: PracticeSnapshot = {
  status: 'unavailable',
  isPractitioner: false,
  profile: null,
  connections: [],
  clients: [],
};

function summaryOf(connection: Connection, server: ServerShares | null): ConnectionSummary {
  const f = connection.fields;
  const latest = server?.practitionerSeqs.get(f.shareId) ?? 0;
  return {
    id: connection.id,
    shareId: f.shareId,
    practitionerName: f.practitionerName,
    practiceName: f.practiceName,
    myName: f.myName,
    connectedAt: f.connectedAt,
    endedAt: f.endedAt,
    endedBy: f.endedBy,
    goingForward: f.goingForward.map((g): ShareableKind => g.kind),
    hasNew: isActive(connection) && latest > f.seenPractitionerSeq,
  };
}

const byConnection = (a: ConnectionSummary, b: ConnectionSummary) =>
  Number(a.endedAt !== null) - Number(b.endedAt !== null) || b.connectedAt - a.connectedAt;

/**
 * The snapshot the screens read: the client's side from the vault, the rest from the server's last
 * answer. A new object only when something in it changed, so useSyncExternalStore settles.
 */
export function createPracticeStore(ctx: VaultContext, vault: PracticeVault) {
  let server: ServerShares | null = null;
  let reach: { status: 'loading' | 'ready' | 'offline'; problem?: string } = { status: 'loading' };
  const listeners = new Set<() => void>();

  function build(): PracticeSnapshot {
    if (!ctx.runtime.account || !ctx.runtime.session) return unavailable;
    const profile = profileOf(vault);
    const snapshot: PracticeSnapshot = {
      status: reach.status,
      isPractitioner: server?.isPractitioner ?? profile !== null,
      profile: profile && { name: profile.fields.name, practice: profile.fields.practice },
      connections: connectionsOf(vault)
        .map((c) => summaryOf(c, server))
        .sort(byConnection),
      clients: server?.clients ?? [],
    };
    return reach.problem === undefined ? snapshot : { ...snapshot, problem: reach.problem };
  }

  let snapshot = build();
  let shown = stableJson(snapshot);

  function update(): void {
    const next = build();
    const text = stableJson(next);
    if (text === shown) return;
    snapshot = next;
    shown = text;
    for (const listener of [...listeners]) listener();
  }

  function setServer(next: ServerShares | null): void {
    server = next;
    update();
  }

  return {
    snapshot: () => snapshot,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    update,
    server: () => server,
    setServer,
    reached() {
      reach = { status: 'ready' };
      update();
    },
    /** The server did not answer: the snapshot shows the vault's side and says why. */
    unreachable(error: unknown) {
      const problem = error instanceof ServiceError ? error.code : 'internal';
      reach = problem === 'offline' ? { status: 'offline' } : { status: 'offline', problem };
      update();
    },
    /** The share is gone from the server (ended by either side). */
    dropClient(shareId: string) {
      if (!server) return;
      setServer({ ...server, clients: server.clients.filter((c) => c.shareId !== shareId) });
    },
    /** The practitioner just fetched the share: nothing in it is new to them now. */
    markClientSeen(shareId: string) {
      if (!server) return;
      const clients = server.clients.map((c) => (c.shareId === shareId ? { ...c, hasNew: false } : c));
      setServer({ ...server, clients });
    },
    becamePractitioner() {
      setServer({ practitionerSeqs: new Map(), clients: [], ...server, isPractitioner: true });
    },
    /** Locked or signed out: nothing about the server is kept. */
    forget() {
      server = null;
      reach = { status: 'loading' };
      update();
    },
  };
}

export type PracticeStore = ReturnType<typeof createPracticeStore>;

import { stableJson, type Connection, type ShareableKind } from '@tend/core';
import type { VaultContext } from '../vault-context.ts';
import type { MirrorOutcome } from '@tend/sync';
import { offlineCode } from '../http-client.ts';
import {
  sharingProblems,
  type ClientSummary,
  type ConnectionSummary,
  type PracticeSnapshot,
  type SharingState,
} from '../practice-service.ts';
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

const allWell: SharingState = { status: 'ok', problem: null };

const unavailable: PracticeSnapshot = {
  status: 'unavailable',
  isPractitioner: false,
  profile: null,
  connections: [],
  clients: [],
  sharing: allWell,
};

/** What stopped the mirror for one connection, as the sharing state names it. */
function sharingOf(problem: MirrorOutcome['problems'][number]): SharingState {
  if (problem.reason === 'unsettled') return { status: 'error', problem: sharingProblems.unsettled };
  const { error } = problem;
  if (error instanceof ServiceError && error.code === offlineCode)
    return { status: 'waiting', problem: null };
  return { status: 'error', problem: error instanceof ServiceError ? error.code : sharingProblems.failed };
}

/** One state for the person: a problem outranks waiting for the network, which outranks all well. */
function worstOf(states: Iterable<SharingState>): SharingState {
  let worst = allWell;
  for (const state of states) {
    if (state.status === 'error') return state;
    if (state.status === 'waiting') worst = state;
  }
  return worst;
}

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
  /** What the latest mirror of each connection could not do; absent when it went well. */
  const sharing = new Map<string, SharingState>();
  /** Connections ended on this device whose share the server still holds. */
  const ending = new Map<string, SharingState>();
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
      sharing: worstOf([...ending.values(), ...sharing.values()]),
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
    /**
     * What a run of the mirror did: every connection it tried (the one named, or all) is as the run
     * left it; a connection that was ended has nothing left to share.
     */
    mirrored(outcome: MirrorOutcome, connectionId?: string) {
      if (connectionId) sharing.delete(connectionId);
      else sharing.clear();
      for (const id of outcome.ended) sharing.delete(id);
      for (const problem of outcome.problems) sharing.set(problem.connectionId, sharingOf(problem));
      update();
    },
    /** Whether the server has removed the share of a connection ended here: null once it has. */
    endingFailed(connectionId: string, error: unknown) {
      if (error === null) ending.delete(connectionId);
      else {
        const status = error instanceof ServiceError && error.code === offlineCode ? 'waiting' : 'error';
        ending.set(connectionId, { status, problem: sharingProblems.endPending });
      }
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
      sharing.clear();
      ending.clear();
      update();
    },
  };
}

export type PracticeStore = ReturnType<typeof createPracticeStore>;

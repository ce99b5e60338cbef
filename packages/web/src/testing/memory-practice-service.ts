import {
  accessLogGenesis,
  connectionKind,
  editPracticeReply,
  editSessionList,
  editVaultObject,
  endConnection,
  isConnection,
  isPracticeReply,
  isSessionList,
  isSharedItem,
  practiceReply,
  practiceReplyKind,
  sessionList,
  sessionListKind,
  setGoingForward,
  shareDocument,
  sharedItemKind,
  shareItem,
  stableJson,
  startConnection,
  unshareItem,
  type AccessLogFields,
  type Connection,
  type DomainPorts,
  type SharedItem,
  type SharedPayload,
  type VaultObject,
} from '@tend/core';
import {
  chainHash,
  formatCode,
  newCode,
  readCode,
  type MemoryPracticeWorld,
  type WorldRecord,
  type WorldShare,
} from './memory-practice-world.ts';
import {
  InvitationError,
  type ClientSummary,
  type ClientView,
  type ConnectionSummary,
  type PracticeService,
  type PracticeSnapshot,
  type PractitionerNote,
  type SessionMark,
} from '../vault/practice-service.ts';
import { ServiceError, type VaultService } from '../vault/vault-service.ts';

/*
 * The practitioner space held in memory, for component tests: one "world" stands in for the server
 * and is shared by the services of several accounts (a client's and a practitioner's). No crypto and
 * no network; the behaviour follows the interface's promises (unknown and used codes, wrong passphrase,
 * ended connections refused with not_found, every practitioner fetch logged in a hash chain).
 */

const lastChange = (object: VaultObject): number =>
  Math.max(object.createdAt, ...Object.values(object.stamps));

/** A core rule refused a change: the real service refuses it before it reaches the server too. */
function accepted<T>(result: ({ ok: true } & T) | { ok: false }): T {
  if (!result.ok) throw new ServiceError('bad_request');
  return result;
}

export interface MemoryPracticeOptions {
  readonly vault: Pick<VaultService, 'list' | 'get' | 'save' | 'remove' | 'subscribe' | 'account'>;
  readonly world: MemoryPracticeWorld;
  /** Throws WrongPassphraseError when the passphrase is not the vault's. */
  readonly checkPassphrase: (passphrase: string) => void;
  readonly origin?: string;
}

export function createMemoryPracticeService(options: MemoryPracticeOptions): PracticeService {
  const { vault, world, checkPassphrase } = options;
  const ports: DomainPorts = { clock: { now: () => world.now() }, ids: { newId: () => crypto.randomUUID() } };
  const lookup = (id: string) => vault.get(id);
  const origin = options.origin ?? 'http://localhost';
  const listeners = new Set<() => void>();
  let hasRefreshed = false;
  let clients: readonly ClientSummary[] = [];

  const me = (): string | null => vault.account()?.accountId ?? null;
  const online = (): string => {
    const id = me();
    if (!id) throw new ServiceError('unauthorized');
    if (world.isOffline) throw new ServiceError('offline');
    return id;
  };
  const connections = (): Connection[] => vault.list(connectionKind).filter(isConnection);
  const sharedItems = (): SharedItem[] => vault.list(sharedItemKind).filter(isSharedItem);
  const connection = (id: string): Connection => {
    const found = vault.get(id);
    if (!found || !isConnection(found)) throw new ServiceError('not_found');
    return found;
  };
  const liveShare = (c: Connection): WorldShare => {
    const share = c.fields.endedAt === null ? world.shares.get(c.fields.shareId) : undefined;
    if (!share) throw new ServiceError('not_found');
    return share;
  };

  const summary = (c: Connection): ConnectionSummary => {
    const share = world.shares.get(c.fields.shareId);
    return {
      id: c.id,
      shareId: c.fields.shareId,
      practitionerName: c.fields.practitionerName,
      practiceName: c.fields.practiceName,
      myName: c.fields.myName,
      connectedAt: c.fields.connectedAt,
      endedAt: c.fields.endedAt,
      endedBy: c.fields.endedBy,
      goingForward: c.fields.goingForward.map((g) => g.kind),
      hasNew: c.fields.endedAt === null && !!share && share.practitionerSeq > c.fields.seenPractitionerSeq,
    };
  };

  const allWell = { status: 'ok', problem: null } as const;
  const build = (): PracticeSnapshot => {
    const id = me();
    if (!id)
      return {
        status: 'unavailable',
        isPractitioner: false,
        profile: null,
        connections: [],
        clients: [],
        sharing: allWell,
      };
    const profile = world.practitioners.get(id) ?? null;
    return {
      status: world.isOffline ? 'offline' : hasRefreshed ? 'ready' : 'loading',
      isPractitioner: hasRefreshed && profile !== null,
      profile: hasRefreshed && profile ? { ...profile } : null,
      connections: connections()
        .map(summary)
        .sort((a, b) => a.connectedAt - b.connectedAt),
      clients,
      sharing: allWell,
    };
  };

  let current = build();
  const update = () => {
    const next = build();
    if (stableJson(next) === stableJson(current)) return;
    current = next;
    listeners.forEach((l) => l());
  };

  const readClients = (id: string) => {
    clients = [...world.shares.values()]
      .filter((s) => s.practitionerId === id)
      .map((s) => ({
        shareId: s.id,
        name: s.clientLabel,
        connectedAt: s.createdAt,
        hasNew: s.clientSeq > s.seenSeq,
      }))
      .sort((a, b) => a.connectedAt - b.connectedAt);
  };

  const write = (share: WorldShare, id: string, author: WorldRecord['author'], payload: SharedPayload) => {
    share.seq += 1;
    share.records.set(id, { author, payload, seq: share.seq });
    if (author === 'client') share.clientSeq = share.seq;
    else share.practitionerSeq = share.seq;
  };
  const erase = (share: WorldShare, id: string) => {
    const record = share.records.get(id);
    if (!record) return;
    share.records.delete(id);
    share.seq += 1;
    if (record.author === 'client') share.clientSeq = share.seq;
    else share.practitionerSeq = share.seq;
  };

  /** The client's side of each open share, as the vault holds it now. */
  const desiredRecords = (c: Connection): Map<string, SharedPayload> => {
    const wanted = new Map<string, SharedPayload>();
    for (const item of sharedItems().filter(
      (i) => i.fields.connectionId === c.id && i.fields.unsharedAt === null,
    )) {
      const source = vault.get(item.fields.sourceId);
      const live = item.fields.mode === 'live' && source ? shareDocument(source, lookup) : null;
      const document = live ?? item.fields.snapshot;
      if (!document) continue;
      const updatedAt = item.fields.mode === 'live' && source ? lastChange(source) : item.fields.sharedAt;
      wanted.set(item.id, {
        type: 'item',
        document,
        mode: item.fields.mode,
        sharedAt: item.fields.sharedAt,
        updatedAt,
      });
    }
    for (const list of vault.list(sessionListKind).filter(isSessionList)) {
      if (list.fields.connectionId !== c.id) continue;
      const entries = list.fields.entries.map((e) => ({ itemId: e.sharedItemId, text: e.text }));
      wanted.set(list.id, {
        type: 'session-list',
        entries,
        forDate: list.fields.forDate,
        updatedAt: lastChange(list),
      });
    }
    for (const reply of vault.list(practiceReplyKind).filter(isPracticeReply)) {
      if (reply.fields.connectionId !== c.id) continue;
      const { toId, text, decision } = reply.fields;
      wanted.set(reply.id, { type: 'reply', toId, text, decision, updatedAt: lastChange(reply) });
    }
    return wanted;
  };

  const shareGoingForward = async (c: Connection) => {
    const items = sharedItems().filter((i) => i.fields.connectionId === c.id);
    for (const { kind, since } of c.fields.goingForward) {
      for (const object of vault.list(kind)) {
        // An unshared marker counts too: what the client stopped sharing is not shared again.
        if (object.createdAt < since || items.some((i) => i.fields.sourceId === object.id)) continue;
        const made = shareItem(ports, {
          connection: c,
          source: object,
          mode: 'live',
          lookup,
          isGoingForward: true,
        });
        if (made.ok) await vault.save(made.item);
      }
    }
  };

  const mirrorOnce = async () => {
    for (const c of connections()) {
      const share = world.shares.get(c.fields.shareId);
      if (c.fields.endedAt !== null || !share || share.clientId !== me()) continue;
      await shareGoingForward(c);
      const wanted = desiredRecords(c);
      for (const [id, payload] of wanted) {
        const held = share.records.get(id);
        if (!held || stableJson(held.payload) !== stableJson(payload)) write(share, id, 'client', payload);
      }
      for (const [id, record] of share.records)
        if (record.author === 'client' && !wanted.has(id)) erase(share, id);
    }
  };

  let running: Promise<void> | null = null;
  let isAgain = false;
  /** Mirrors the client's side of every open share to the world, as the real service does on change. */
  const mirror = (): Promise<void> => {
    if (running) {
      isAgain = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          isAgain = false;
          await mirrorOnce();
        } while (isAgain);
      } finally {
        running = null;
      }
      update();
    })();
    return running;
  };

  vault.subscribe(() => void mirror());

  const noteOf = (
    id: string,
    payload: SharedPayload,
    reply: PractitionerNote['reply'],
  ): PractitionerNote | null => {
    const { type } = payload;
    if (type === 'reflection') {
      const { text, onItemId, writtenAt } = payload;
      return { id, type, text, note: '', onItemId, writtenAt, reply };
    }
    if (type === 'suggestion') {
      const { practice: text, note, onItemId, writtenAt } = payload;
      return { id, type, text, note, onItemId, writtenAt, reply };
    }
    return null;
  };
  const notesOf = (
    share: WorldShare,
    replies: ReadonlyMap<string, PractitionerNote['reply']>,
  ): PractitionerNote[] =>
    [...share.records.entries()].flatMap(
      ([id, { payload }]) => noteOf(id, payload, replies.get(id) ?? null) ?? [],
    );

  const practitionerShare = (shareId: string): WorldShare => {
    const id = online();
    const share = world.shares.get(shareId);
    if (!share || share.practitionerId !== id) throw new ServiceError('not_found');
    return share;
  };

  const marksIn = (share: WorldShare): SessionMark[] =>
    [...share.records.entries()]
      .flatMap(([id, { payload }]) =>
        payload.type === 'session-mark' ? [{ id, entry: payload.entry, markedAt: payload.markedAt }] : [],
      )
      .sort((a, b) => b.markedAt - a.markedAt);

  const practitionerWrite = (shareId: string, payload: SharedPayload) => {
    const share = practitionerShare(shareId);
    write(share, crypto.randomUUID(), 'practitioner', payload);
  };

  const findInvitation = (code: string) => {
    const raw = readCode(code);
    if (!raw) throw new InvitationError('malformed');
    const id = online();
    const invitation = world.invitations.get(raw);
    if (!invitation || invitation.expiresAt <= world.now()) throw new InvitationError('unknown');
    if (invitation.practitionerId === id) throw new InvitationError('own');
    return { raw, invitation, id };
  };

  return {
    snapshot: () => current,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh: async () => {
      // As the real service: offline is shown in the snapshot, never thrown.
      if (world.isOffline || !me()) return update();
      const id = online();
      for (const c of connections()) {
        if (c.fields.endedAt === null && !world.shares.has(c.fields.shareId))
          await vault.save(endConnection(ports, c, 'practitioner'));
      }
      readClients(id);
      hasRefreshed = true;
      await mirror();
      update();
    },

    openPractice: async (passphrase, profile) => {
      checkPassphrase(passphrase);
      const id = online();
      world.practitioners.set(id, { ...profile });
      readClients(id);
      hasRefreshed = true;
      update();
    },
    updateProfile: async (profile) => {
      const id = online();
      if (!world.practitioners.has(id)) throw new ServiceError('not_found');
      world.practitioners.set(id, { ...profile });
      update();
    },
    createInvitation: async () => {
      const id = online();
      const profile = world.practitioners.get(id);
      if (!profile) throw new ServiceError('not_found');
      const raw = newCode();
      const expiresAt = world.now() + 7 * 24 * 60 * 60 * 1000;
      world.invitations.set(raw, { practitionerId: id, ...profile, expiresAt });
      const code = formatCode(raw);
      return { code, link: `${origin}/connect#${code}`, expiresAt };
    },
    openClient: async (shareId) => {
      const share = practitionerShare(shareId);
      const ordered = [...share.records.entries()].sort(([, a], [, b]) => a.seq - b.seq);
      const log = world.logs.get(share.clientId) ?? [];
      const previous = log[log.length - 1];
      const fields: AccessLogFields = {
        seq: (previous?.seq ?? 0) + 1,
        shareId,
        practitionerId: share.practitionerId,
        at: world.now(),
        recordIds: ordered.map(([id]) => id),
        prevHash: previous?.hash ?? accessLogGenesis,
      };
      world.logs.set(share.clientId, [...log, { ...fields, hash: chainHash(fields) }]);
      share.seenSeq = share.clientSeq;
      const replies = new Map<string, PractitionerNote['reply']>();
      const items: ClientView['items'][number][] = [];
      let sessionList: ClientView['sessionList'] = null;
      for (const [id, { payload }] of ordered) {
        if (payload.type === 'reply')
          replies.set(payload.toId, { text: payload.text, decision: payload.decision });
        if (payload.type === 'item') items.push({ id, ...payload });
        if (payload.type === 'session-list')
          sessionList = { entries: payload.entries, forDate: payload.forDate, updatedAt: payload.updatedAt };
      }
      return {
        shareId,
        name: share.clientLabel,
        items: items.sort((a, b) => b.updatedAt - a.updatedAt),
        sessionList,
        notes: notesOf(share, replies),
        marks: marksIn(share),
        refused: 0,
      };
    },
    writeReflection: async (shareId, onItemId, text) =>
      practitionerWrite(shareId, { type: 'reflection', onItemId, text, writtenAt: world.now() }),
    suggestPractice: async (shareId, { practice, note, onItemId }) =>
      practitionerWrite(shareId, { type: 'suggestion', practice, note, onItemId, writtenAt: world.now() }),
    markTalkedAbout: async (shareId, entry) =>
      practitionerWrite(shareId, { type: 'session-mark', entry, markedAt: world.now() }),
    withdraw: async (shareId, recordId) => {
      const share = practitionerShare(shareId);
      if (share.records.get(recordId)?.author !== 'practitioner') throw new ServiceError('not_found');
      erase(share, recordId);
    },

    readInvitation: async (code) => {
      const { invitation } = findInvitation(code);
      return {
        practitionerName: invitation.name,
        practiceName: invitation.practice,
        expiresAt: invitation.expiresAt,
      };
    },
    acceptInvitation: async (code, myName, passphrase) => {
      checkPassphrase(passphrase);
      const { raw, invitation, id } = findInvitation(code);
      const isConnected = [...world.shares.values()].some(
        (s) => s.clientId === id && s.practitionerId === invitation.practitionerId,
      );
      if (isConnected) throw new ServiceError('bad_request');
      world.invitations.delete(raw);
      const now = world.now();
      const shareId = crypto.randomUUID();
      world.shares.set(shareId, {
        id: shareId,
        clientId: id,
        practitionerId: invitation.practitionerId,
        clientLabel: myName,
        createdAt: now,
        seq: 0,
        clientSeq: 0,
        practitionerSeq: 0,
        seenSeq: 0,
        records: new Map(),
      });
      const { connection: made } = accepted(
        startConnection(ports, {
          shareId,
          shareKey: 'memory-share-key',
          practitionerId: invitation.practitionerId,
          practitionerName: invitation.name,
          practiceName: invitation.practice,
          practitionerPublicKey: 'memory-public-key',
          myName,
        }),
      );
      await vault.save(made);
      await mirror();
      hasRefreshed = true;
      update();
      return made.id;
    },
    renameMe: async (connectionId, myName) => {
      const c = connection(connectionId);
      const share = liveShare(c);
      const name = myName.trim();
      if (!name) throw new RangeError('This cannot be saved: name-missing.');
      share.clientLabel = name;
      await vault.save(editVaultObject(c, { myName: name }, world.now()));
      update();
    },
    share: async (connectionId, objectId, mode) => {
      const c = connection(connectionId);
      liveShare(c);
      const source = vault.get(objectId);
      if (!source) throw new ServiceError('not_found');
      const held = sharedItems().find(
        (i) => i.fields.connectionId === c.id && i.fields.sourceId === objectId,
      );
      const { item } = accepted(shareItem(ports, { connection: c, source, mode, lookup }));
      // Shared again after being unshared: the marker becomes the shared item once more.
      await vault.save(held ? editVaultObject(held, { ...item.fields }, world.now()) : item);
      await mirror();
    },
    unshare: async (sharedItemId) => {
      const item = vault.get(sharedItemId);
      if (!item || !isSharedItem(item)) return;
      await vault.save(unshareItem(ports, item));
      await mirror();
    },
    setGoingForward: async (connectionId, kind, on) => {
      const c = connection(connectionId);
      liveShare(c);
      await vault.save(setGoingForward(ports, c, kind, on));
      await mirror();
    },
    saveSessionList: async (connectionId, list) => {
      const c = connection(connectionId);
      const held = vault
        .list(sessionListKind)
        .filter(isSessionList)
        .filter((l) => l.fields.connectionId === c.id)
        .sort((a, b) => a.createdAt - b.createdAt)[0];
      const changes = { entries: list.entries, forDate: list.forDate };
      const { sessionList: saved } = accepted(
        held ? editSessionList(ports, held, changes) : sessionList(ports, { connectionId, ...changes }),
      );
      await vault.save(saved);
      await mirror();
    },
    conversation: async (connectionId) => {
      const c = connection(connectionId);
      online();
      const share = liveShare(c);
      const replies = new Map<string, PractitionerNote['reply']>();
      for (const r of vault.list(practiceReplyKind).filter(isPracticeReply))
        if (r.fields.connectionId === c.id)
          replies.set(r.fields.toId, { text: r.fields.text, decision: r.fields.decision });
      if (share.practitionerSeq > c.fields.seenPractitionerSeq)
        await vault.save(editVaultObject(c, { seenPractitionerSeq: share.practitionerSeq }, world.now()));
      return notesOf(share, replies);
    },
    sessionMarks: async (connectionId) => {
      const c = connection(connectionId);
      online();
      return c.fields.endedAt === null && world.shares.has(c.fields.shareId) ? marksIn(liveShare(c)) : [];
    },
    reply: async (connectionId, toId, text, decision) => {
      const c = connection(connectionId);
      liveShare(c);
      const held = vault
        .list(practiceReplyKind)
        .filter(isPracticeReply)
        .find((r) => r.fields.connectionId === c.id && r.fields.toId === toId);
      const changes = { text, decision: decision ?? held?.fields.decision ?? null };
      const { reply: saved } = accepted(
        held
          ? editPracticeReply(ports, held, changes)
          : practiceReply(ports, { connectionId, toId, ...changes }),
      );
      await vault.save(saved);
      await mirror();
    },
    accessLog: async (connectionId) => {
      const c = connection(connectionId);
      const id = online();
      const log = world.logs.get(id) ?? [];
      let prevHash = accessLogGenesis;
      let verified = true;
      log.forEach((entry, index) => {
        const { hash, ...fields } = entry;
        if (entry.seq !== index + 1 || entry.prevHash !== prevHash || chainHash(fields) !== hash)
          verified = false;
        prevHash = hash;
      });
      const entries = log
        .filter((e) => e.shareId === c.fields.shareId)
        .map((e) => ({ seq: e.seq, at: e.at, itemIds: e.recordIds }))
        .reverse();
      return { entries, verified };
    },
    endConnection: async (which) => {
      const id = online();
      if ('connectionId' in which) {
        const c = connection(which.connectionId);
        const share = liveShare(c);
        if (share.clientId !== id) throw new ServiceError('not_found');
        world.shares.delete(share.id);
        await vault.save(endConnection(ports, c, 'me'));
        update();
        return;
      }
      practitionerShare(which.shareId);
      world.shares.delete(which.shareId);
      readClients(id);
      update();
    },
  };
}

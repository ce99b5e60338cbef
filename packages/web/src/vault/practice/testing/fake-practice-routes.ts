import {
  AcceptInvitationRequest,
  AccessLogQuery,
  accessLogEntryText,
  accessLogGenesis,
  CreateInvitationRequest,
  EndShareRequest,
  invitationLifetimeMs,
  maxAccessLogPage,
  maxOpenInvitations,
  maxPullPage,
  maxSharedRecordsPerShare,
  OpenPracticeRequest,
  ReadInvitationRequest,
  RelabelShareRequest,
  ShareRecordsQuery,
  WriteSharedRequest,
  type AccessLogEntry,
  type ApiRouteName,
  type ShareAsClient,
  type ShareAsPractitioner,
  type SharedChange,
  type SharedRecord,
  type SharedWriteResult,
  type ShareAuthor,
} from '@tend/contract';
import { fromBase64Url, toBase64Url, utf8 } from '@tend/core';

/** The signed-in caller, as the practice routes need it. */
export interface PracticeCaller {
  readonly accountId: string;
  readonly authSecret: string;
}

export type PracticeHandler = (caller: PracticeCaller, body: unknown, url: URL) => Promise<Response>;

interface Invitation {
  readonly practitionerId: string;
  readonly sealedProfile: string;
  readonly expiresAt: number;
}

interface Share {
  readonly id: string;
  readonly clientId: string;
  readonly practitionerId: string;
  readonly sealedShareKey: string;
  sealedClientLabel: string;
  readonly createdAt: number;
  seq: number;
  clientSeq: number;
  practitionerSeq: number;
  seenSeq: number;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const fail = (status: number, code: string) =>
  json(status, { error: { code, message: code, requestId: 'test' } });
const notFound = () => fail(404, 'not_found');
const badRequest = () => fail(400, 'bad_request');
const noContent = () => new Response(null, { status: 204 });

async function sha256(text: string | Uint8Array): Promise<string> {
  const bytes = Uint8Array.from(typeof text === 'string' ? utf8.encode(text) : text);
  return toBase64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)));
}

/**
 * The practitioner-space routes in memory, following the server's semantics: 404 for anything not
 * the caller's, single-use invitations, the author set from the caller's side, records answered a
 * page at a time (`pageSize` records), and a hash-chained access log appended on every practitioner
 * fetch of a page.
 */
export function createFakePracticeRoutes(now: () => number, pageSize = maxPullPage) {
  const practitioners = new Set<string>();
  const invitations = new Map<string, Invitation>();
  const shares = new Map<string, Share>();
  const records = new Map<string, Map<string, SharedRecord>>();
  const logs = new Map<string, AccessLogEntry[]>();

  const shareOf = (caller: PracticeCaller, shareId: string): Share | undefined => {
    const share = shares.get(shareId);
    const isParty = share?.clientId === caller.accountId || share?.practitionerId === caller.accountId;
    return isParty ? share : undefined;
  };
  const liveInvitation = async (lookup: string) => {
    const key = await sha256(fromBase64Url(lookup));
    const invitation = invitations.get(key);
    return invitation && invitation.expiresAt > now() ? { key, invitation } : null;
  };
  const asClient = (s: Share): ShareAsClient => ({
    shareId: s.id,
    practitionerId: s.practitionerId,
    createdAt: s.createdAt,
    practitionerSeq: s.practitionerSeq,
  });
  const asPractitioner = (s: Share): ShareAsPractitioner => ({
    shareId: s.id,
    clientId: s.clientId,
    createdAt: s.createdAt,
    sealedShareKey: s.sealedShareKey,
    sealedClientLabel: s.sealedClientLabel,
    clientSeq: s.clientSeq,
    seenSeq: s.seenSeq,
  });

  async function appendAccess(share: Share, recordIds: string[]): Promise<void> {
    const log = logs.get(share.clientId) ?? [];
    const last = log.at(-1);
    const fields = {
      seq: (last?.seq ?? 0) + 1,
      shareId: share.id,
      practitionerId: share.practitionerId,
      at: now(),
      recordIds,
      prevHash: last?.hash ?? accessLogGenesis,
    };
    log.push({ ...fields, hash: await sha256(accessLogEntryText(fields)) });
    logs.set(share.clientId, log);
  }

  function applyChange(share: Share, author: ShareAuthor, change: SharedChange): SharedWriteResult {
    const held = records.get(share.id) ?? new Map<string, SharedRecord>();
    records.set(share.id, held);
    const current = held.get(change.id) ?? null;
    if (current && current.author !== author) return { id: change.id, status: 'not-yours' };
    if ((current?.version ?? 0) !== change.baseVersion || (!current && 'deleted' in change)) {
      return { id: change.id, status: 'conflict', current };
    }
    share.seq += 1;
    if (author === 'client') share.clientSeq = share.seq;
    else share.practitionerSeq = share.seq;
    if ('deleted' in change) {
      held.delete(change.id);
      return { id: change.id, status: 'removed' };
    }
    const version = change.baseVersion + 1;
    const record = { id: change.id, version, seq: share.seq, author, ciphertext: change.ciphertext };
    held.set(change.id, { ...record, updatedAt: now() });
    return { id: change.id, status: 'accepted', version, seq: share.seq };
  }

  const handlers: Partial<Record<ApiRouteName, PracticeHandler>> = {
    async openPractice(caller, body) {
      const request = OpenPracticeRequest.safeParse(body);
      if (!request.success) return badRequest();
      if (request.data.authSecret !== caller.authSecret) return fail(401, 'unauthorized');
      practitioners.add(caller.accountId);
      return json(200, {});
    },
    async createInvitation(caller, body) {
      const request = CreateInvitationRequest.safeParse(body);
      if (!request.success) return badRequest();
      if (!practitioners.has(caller.accountId)) return notFound();
      const open = [...invitations.values()].filter(
        (i) => i.practitionerId === caller.accountId && i.expiresAt > now(),
      );
      if (open.length >= maxOpenInvitations) return badRequest();
      const key = await sha256(fromBase64Url(request.data.lookup));
      if (invitations.has(key)) return badRequest();
      const expiresAt = now() + invitationLifetimeMs;
      invitations.set(key, {
        practitionerId: caller.accountId,
        sealedProfile: request.data.sealedProfile,
        expiresAt,
      });
      return json(201, { expiresAt });
    },
    async readInvitation(_caller, body) {
      const request = ReadInvitationRequest.safeParse(body);
      if (!request.success) return badRequest();
      const found = await liveInvitation(request.data.lookup);
      if (!found) return notFound();
      return json(200, {
        sealedProfile: found.invitation.sealedProfile,
        expiresAt: found.invitation.expiresAt,
      });
    },
    async acceptInvitation(caller, body) {
      const request = AcceptInvitationRequest.safeParse(body);
      if (!request.success) return badRequest();
      const { lookup, shareId, sealedShareKey, sealedClientLabel, authSecret } = request.data;
      if (authSecret !== caller.authSecret) return fail(401, 'unauthorized');
      const found = await liveInvitation(lookup);
      if (!found) return notFound();
      const practitionerId = found.invitation.practitionerId;
      if (practitionerId === caller.accountId || shares.has(shareId)) return badRequest();
      const between = [...shares.values()].some(
        (s) => s.clientId === caller.accountId && s.practitionerId === practitionerId,
      );
      if (between) return badRequest();
      invitations.delete(found.key);
      const share: Share = {
        id: shareId,
        clientId: caller.accountId,
        practitionerId,
        sealedShareKey,
        sealedClientLabel,
        createdAt: now(),
        seq: 0,
        clientSeq: 0,
        practitionerSeq: 0,
        seenSeq: 0,
      };
      shares.set(shareId, share);
      return json(201, asClient(share));
    },
    async shares(caller) {
      const all = [...shares.values()];
      return json(200, {
        isPractitioner: practitioners.has(caller.accountId),
        asClient: all.filter((s) => s.clientId === caller.accountId).map(asClient),
        asPractitioner: all.filter((s) => s.practitionerId === caller.accountId).map(asPractitioner),
      });
    },
    async relabelShare(caller, body) {
      const request = RelabelShareRequest.safeParse(body);
      if (!request.success) return badRequest();
      const share = shares.get(request.data.shareId);
      if (share?.clientId !== caller.accountId) return notFound();
      share.sealedClientLabel = request.data.sealedClientLabel;
      return noContent();
    },
    async endShare(caller, body) {
      const request = EndShareRequest.safeParse(body);
      if (!request.success) return badRequest();
      const share = shareOf(caller, request.data.shareId);
      if (!share) return notFound();
      shares.delete(share.id);
      records.delete(share.id);
      return noContent();
    },
    async shareRecords(caller, _body, url) {
      const query = ShareRecordsQuery.safeParse(Object.fromEntries(url.searchParams));
      if (!query.success) return badRequest();
      const share = shareOf(caller, query.data.shareId);
      if (!share) return notFound();
      const after = query.data.after;
      const rest = [...(records.get(share.id)?.values() ?? [])]
        .filter((r) => r.seq > after)
        .sort((a, b) => a.seq - b.seq);
      const listed = rest.slice(0, pageSize);
      const hasMore = rest.length > listed.length;
      if (share.practitionerId === caller.accountId) {
        await appendAccess(
          share,
          listed.map((r) => r.id),
        );
        if (!hasMore) share.seenSeq = share.clientSeq;
      }
      return json(200, { records: listed, cursor: listed.at(-1)?.seq ?? after, hasMore });
    },
    async writeShared(caller, body) {
      const request = WriteSharedRequest.safeParse(body);
      if (!request.success) return badRequest();
      const share = shareOf(caller, request.data.shareId);
      if (!share) return notFound();
      const held = records.get(share.id);
      const added = request.data.changes.filter((c) => !held?.has(c.id) && !('deleted' in c)).length;
      if ((held?.size ?? 0) + added > maxSharedRecordsPerShare) return fail(413, 'quota_exceeded');
      const author: ShareAuthor = share.clientId === caller.accountId ? 'client' : 'practitioner';
      return json(200, { results: request.data.changes.map((c) => applyChange(share, author, c)) });
    },
    async accessLog(caller, _body, url) {
      const query = AccessLogQuery.safeParse(Object.fromEntries(url.searchParams));
      if (!query.success) return badRequest();
      const after = (logs.get(caller.accountId) ?? []).filter((e) => e.seq > query.data.after);
      return json(200, {
        entries: after.slice(0, maxAccessLogPage),
        hasMore: after.length > maxAccessLogPage,
      });
    },
  };

  return {
    handlers,
    /** Account deletion: its invitations, shares on both sides with their records, and its own log. */
    dropAccount(accountId: string) {
      practitioners.delete(accountId);
      for (const [key, i] of invitations) if (i.practitionerId === accountId) invitations.delete(key);
      for (const s of shares.values()) {
        if (s.clientId !== accountId && s.practitionerId !== accountId) continue;
        shares.delete(s.id);
        records.delete(s.id);
      }
      logs.delete(accountId);
    },
    shareRows: () => [...shares.values()].map((s) => ({ ...s })),
    sharedRecords: (shareId: string) => [...(records.get(shareId)?.values() ?? [])],
    accessLogOf: (clientId: string): readonly AccessLogEntry[] => logs.get(clientId) ?? [],
    /** Rewrites one stored access-log entry in place, as a dishonest server could. */
    tamperAccessLog(clientId: string, seq: number, changes: Partial<AccessLogEntry>) {
      const log = logs.get(clientId) ?? [];
      const index = log.findIndex((e) => e.seq === seq);
      const entry = log[index];
      if (entry) log[index] = { ...entry, ...changes };
    },
  };
}

export type FakePracticeRoutes = ReturnType<typeof createFakePracticeRoutes>;

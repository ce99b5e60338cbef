import { newVaultObject, stableJson, type VaultObject } from '../vault/vault-object.ts';
import { parseSharedPayload } from './parse-shared-payload.ts';
import {
  practiceLimits,
  sharedItemKind,
  type Connection,
  type PracticeReply,
  type SessionList,
  type ShareableKind,
  type SharedDocument,
  type SharedItem,
  type SharedItemFields,
} from './practice.ts';
import type { SharedPayload } from './shared-payload.ts';
import { shareDocument } from './share-document.ts';
import type { ShareLanguage } from './share-sections.ts';

/** What the server holds for one record of the share, opened (payload null when it did not open). */
export type ServerRecord = {
  readonly version: number;
  readonly author: 'client' | 'practitioner';
  readonly payload: SharedPayload | null;
};

export type SharedRecordsInput = {
  readonly connection: Connection;
  /** The vault's shared items of this connection, unshared ones included. */
  readonly sharedItems: readonly SharedItem[];
  readonly sessionList: SessionList | null;
  readonly replies: readonly PracticeReply[];
  /** Any vault object by id: the originals of shared items, and linked parts and relationships for names. */
  readonly sources: (id: string) => VaultObject | undefined;
  /** Every vault object of a kind, for kinds shared going forward. */
  readonly allObjects: (kind: ShareableKind) => readonly VaultObject[];
  /** Every record of the share on the server, by id. */
  readonly server: ReadonlyMap<string, ServerRecord>;
  readonly now: number;
  readonly newId: () => string;
  /** The writer's language, live items are written in; English when not given. */
  readonly language?: ShareLanguage;
};

export type SharedRecordsPlan = {
  /** Seal each with version baseVersion + 1. */
  readonly writes: readonly {
    readonly id: string;
    readonly baseVersion: number;
    readonly payload: SharedPayload;
  }[];
  readonly removals: readonly { readonly id: string; readonly baseVersion: number }[];
  /** Save these to the vault: objects of kinds shared going forward made since each kind was turned on. */
  readonly newSharedItems: readonly SharedItem[];
};

const nothing: SharedRecordsPlan = { writes: [], removals: [], newSharedItems: [] };

/**
 * What to write to and remove from the share so the server mirrors the client's side. Pure: the
 * caller seals and sends the changes, saves the new shared items, and plans again after a conflict.
 *
 * - A shared item whose original is gone, or that was unshared, is removed; live items are rendered
 *   again from the original; snapshots send the document they kept.
 * - A record is written only when its content differs from what the server holds (updatedAt aside).
 * - Client-written records the vault no longer wants are removed; records it does not know (another
 *   device's, not synced here yet) are left alone; the practitioner's are never touched.
 * - An ended connection plans nothing: ending removed the whole share on the server.
 */
export function planSharedRecords(input: SharedRecordsInput): SharedRecordsPlan {
  const { connection, server } = input;
  if (connection.fields.endedAt !== null || !connection.fields.shareKey) return nothing;
  const mine = input.sharedItems.filter((item) => item.fields.connectionId === connection.id);
  const newSharedItems = goingForwardItems(input, mine);
  const desired = desiredRecords(input, [...mine, ...newSharedItems]);

  const writes: { id: string; baseVersion: number; payload: SharedPayload }[] = [];
  for (const [id, payload] of desired) {
    const held = server.get(id);
    if (held?.author === 'practitioner') continue;
    if (held?.payload && sameContent(held.payload, payload)) continue;
    writes.push({ id, baseVersion: held?.version ?? 0, payload });
  }
  // Only records this vault knows of leave: one it has not heard of yet may come from another of the
  // client's devices whose change has not synced here, and must not be taken away meanwhile.
  const known = new Set<string>([
    ...mine.map((item) => item.id),
    ...(input.sessionList ? [input.sessionList.id] : []),
    ...input.replies.map((reply) => reply.id),
  ]);
  const removals = [...server]
    .filter(([id, held]) => held.author === 'client' && known.has(id) && !desired.has(id))
    .map(([id, held]) => ({ id, baseVersion: held.version }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { writes, removals, newSharedItems };
}

/** Every record the client's side should hold on the server now, by id, in a steady order. */
function desiredRecords(input: SharedRecordsInput, items: readonly SharedItem[]): Map<string, SharedPayload> {
  const { connection, now } = input;
  const desired = new Map<string, SharedPayload>();
  const sharedSources = new Set<string>();
  const earliestFirst = [...items].sort(
    (a, b) => a.fields.sharedAt - b.fields.sharedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  for (const item of earliestFirst) {
    // One record per original: a later item for the same one (two devices sharing it at once) waits.
    if (item.fields.unsharedAt !== null || sharedSources.has(item.fields.sourceId)) continue;
    const document = documentOf(item, input.sources, input.language);
    if (!document) continue;
    sharedSources.add(item.fields.sourceId);
    const { mode, sharedAt } = item.fields;
    keep(desired, item.id, { type: 'item', document, mode, sharedAt, updatedAt: now });
  }
  const list = input.sessionList;
  if (list && list.fields.connectionId === connection.id) {
    const entries = list.fields.entries
      .map((e) => ({
        itemId: e.sharedItemId !== null && desired.has(e.sharedItemId) ? e.sharedItemId : null,
        text: e.text,
      }))
      .filter((e) => e.itemId !== null || e.text.trim())
      .slice(0, practiceLimits.sessionEntries);
    keep(desired, list.id, { type: 'session-list', entries, forDate: list.fields.forDate, updatedAt: now });
  }
  for (const reply of input.replies) {
    const to = input.server.get(reply.fields.toId);
    // A reply goes with what it answers: when the practitioner withdrew that, the reply leaves too.
    if (reply.fields.connectionId !== connection.id || to?.author !== 'practitioner') continue;
    const { toId, text, decision } = reply.fields;
    keep(desired, reply.id, { type: 'reply', toId, text, decision, updatedAt: now });
  }
  return desired;
}

/** What the practitioner reads of an item, or null when its original is gone or is not what it was. */
function documentOf(
  item: SharedItem,
  sources: SharedRecordsInput['sources'],
  language: ShareLanguage | undefined,
): SharedDocument | null {
  const source = sources(item.fields.sourceId);
  if (!source || source.kind !== item.fields.sourceKind) return null;
  // A snapshot that lost its document (it should not) is rendered afresh rather than dropped.
  if (item.fields.mode === 'snapshot' && item.fields.snapshot) return item.fields.snapshot;
  return shareDocument(source, sources, language);
}

/** Only payloads the other side will open are planned; a malformed one is left out (so removed). */
function keep(desired: Map<string, SharedPayload>, id: string, payload: SharedPayload): void {
  const checked = parseSharedPayload(payload);
  if (checked) desired.set(id, checked);
}

function goingForwardItems(input: SharedRecordsInput, mine: readonly SharedItem[]): SharedItem[] {
  const { connection, now } = input;
  const known = new Set(mine.map((item) => item.fields.sourceId));
  const made: SharedItem[] = [];
  const seenKinds = new Set<ShareableKind>();
  for (const { kind, since } of connection.fields.goingForward) {
    if (seenKinds.has(kind)) continue;
    seenKinds.add(kind);
    const fresh = input
      .allObjects(kind)
      .filter((o) => o.kind === kind && o.createdAt >= since && !known.has(o.id));
    for (const source of [...fresh].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))) {
      if (!shareDocument(source, input.sources)) continue;
      known.add(source.id);
      const fields: SharedItemFields = {
        connectionId: connection.id,
        sourceId: source.id,
        sourceKind: kind,
        mode: 'live',
        snapshot: null,
        sharedAt: now,
        isGoingForward: true,
        unsharedAt: null,
      };
      made.push(newVaultObject(input.newId(), sharedItemKind, fields, now));
    }
  }
  return made;
}

/** Same content, whenever it was written. */
function sameContent(a: SharedPayload, b: SharedPayload): boolean {
  return stableJson({ ...a, updatedAt: null }) === stableJson({ ...b, updatedAt: null });
}

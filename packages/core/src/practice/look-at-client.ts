import type { DomainPorts } from '../ports.ts';
import { editVaultObject, newVaultObject } from '../vault/vault-object.ts';
import { clientGlanceKind, type ClientGlance, type ClientGlanceFields } from './client-glance.ts';
import type { ShareableKind } from './practice.ts';

/** What the practitioner's page just read of a client's share (its shape, not its words). */
export interface ClientSight {
  readonly shareId: string;
  readonly clientName: string;
  readonly connectedAt: number;
  readonly items: readonly {
    readonly id: string;
    readonly kind: ShareableKind;
    readonly updatedAt: number;
  }[];
  readonly sessionList: ClientGlanceFields['sessionList'];
}

/** What changed since the practitioner last looked: new items per kind, changed ones, the session list. */
export interface NewSinceLastLook {
  /** The first look: everything is new, so nothing is singled out. */
  readonly isFirstLook: boolean;
  readonly newByKind: readonly { readonly kind: ShareableKind; readonly count: number }[];
  readonly changed: number;
  readonly isSessionListChanged: boolean;
}

function newsOf(held: ClientGlance | null, sight: ClientSight): NewSinceLastLook {
  if (!held) return { isFirstLook: true, newByKind: [], changed: 0, isSessionListChanged: false };
  const seen = held.fields.items;
  const counts = new Map<ShareableKind, number>();
  let changed = 0;
  for (const item of sight.items) {
    const before = seen[item.id];
    if (!before) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
    else if (item.updatedAt > before.updatedAt) changed += 1;
  }
  const list = sight.sessionList;
  const heldList = held.fields.sessionList;
  return {
    isFirstLook: false,
    newByKind: [...counts].map(([kind, count]) => ({ kind, count })),
    changed,
    isSessionListChanged: list !== null && (heldList === null || list.updatedAt > heldList.updatedAt),
  };
}

/**
 * The practitioner has just looked at a client: what is new since the last look, and the glance to
 * keep for next time (a new one on the first look).
 */
export function lookAtClient(
  ports: DomainPorts,
  held: ClientGlance | null,
  sight: ClientSight,
): { readonly glance: ClientGlance; readonly news: NewSinceLastLook } {
  const now = ports.clock.now();
  const fields: ClientGlanceFields = {
    shareId: sight.shareId,
    clientName: sight.clientName,
    connectedAt: sight.connectedAt,
    lastLookedAt: now,
    items: Object.fromEntries(sight.items.map((i) => [i.id, { kind: i.kind, updatedAt: i.updatedAt }])),
    sessionList: sight.sessionList,
    endedAt: null,
    endedBy: null,
    dismissedAt: null,
  };
  const news = newsOf(held, sight);
  const glance = held
    ? editVaultObject(held, { ...fields, endedAt: held.fields.endedAt, endedBy: held.fields.endedBy }, now)
    : newVaultObject(ports.ids.newId(), clientGlanceKind, fields, now);
  return { glance, news };
}

/** The connection is gone from the server: remembered as ended (once), by whom as far as is known. */
export function endClientGlance(glance: ClientGlance, now: number, by: 'me' | 'client'): ClientGlance {
  if (glance.fields.endedAt !== null) return glance;
  return editVaultObject(glance, { endedAt: now, endedBy: by }, now);
}

/** The practitioner has read the ended notice and puts it away. */
export function dismissEndedClient(glance: ClientGlance, now: number): ClientGlance {
  return editVaultObject(glance, { dismissedAt: now }, now);
}

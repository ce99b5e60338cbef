import type { DomainPorts } from '../ports.ts';
import { newVaultObject, type VaultObject } from '../vault/vault-object.ts';
import {
  sharedItemKind,
  type Connection,
  type ShareMode,
  type SharedItem,
  type SharedItemFields,
} from './practice.ts';
import { isShareableKind, shareDocument } from './share-document.ts';
import type { ShareLanguage } from './share-sections.ts';

export type ShareItemDraft = {
  readonly connection: Connection;
  readonly source: VaultObject;
  readonly mode: ShareMode;
  /** Finds linked parts and relationships by id, for their names. */
  readonly lookup: (id: string) => VaultObject | undefined;
  readonly isGoingForward?: boolean;
  /** The writer's language, the document is written in; English when not given. */
  readonly language?: ShareLanguage;
};

export type ShareItemProblem = 'connection-ended' | 'not-shareable';

export type SharedItemResult = { ok: true; item: SharedItem } | { ok: false; problems: ShareItemProblem[] };

/**
 * Shares one object with the practitioner. A snapshot keeps the document as it reads now; a live item
 * is rendered again from the original whenever it is mirrored.
 */
export function shareItem(ports: DomainPorts, draft: ShareItemDraft): SharedItemResult {
  const { connection, source, mode } = draft;
  if (connection.fields.endedAt !== null || !connection.fields.shareKey) {
    return { ok: false, problems: ['connection-ended'] };
  }
  const document = shareDocument(source, draft.lookup, draft.language);
  if (!document || !isShareableKind(source.kind)) return { ok: false, problems: ['not-shareable'] };
  const now = ports.clock.now();
  const fields: SharedItemFields = {
    connectionId: connection.id,
    sourceId: source.id,
    sourceKind: source.kind,
    mode,
    snapshot: mode === 'snapshot' ? document : null,
    sharedAt: now,
    isGoingForward: draft.isGoingForward ?? false,
    unsharedAt: null,
  };
  return { ok: true, item: newVaultObject(ports.ids.newId(), sharedItemKind, fields, now) };
}

import { isCheckIn } from '../check-ins/check-check-in.ts';
import { isGrief } from '../grief/check-grief.ts';
import { isJournalEntry } from '../journal/journal-entry.ts';
import { isMeeting } from '../meetings/check-meeting.ts';
import { isPart } from '../parts/check-part.ts';
import { isPause } from '../pauses/check-pause.ts';
import { isRelationship } from '../relationships/check-relationship.ts';
import type { VaultObject } from '../vault/vault-object.ts';
import { shareableKinds, type SharedDocument, type ShareableKind } from './practice.ts';
import { renderCheckIn, renderJournalEntry, renderMeeting, renderPause } from './render-moments.ts';
import { renderGrief, renderPart, renderRelationship } from './render-summaries.ts';
import {
  englishShare,
  fitDocument,
  type Lookup,
  type Rendered,
  type ShareLanguage,
} from './share-sections.ts';

/**
 * A shared item as the practitioner will read it: plain labelled text in the words the client's own
 * screens use, empty fields left out. Parts and relationships go as summaries (a part's meetings are
 * not included). `lookup` finds the names of linked parts and relationships. Returns null for a kind
 * that cannot be shared, or an object that is not well-formed. Written in `language`, the writer's.
 */
export function shareDocument(
  object: VaultObject,
  lookup: Lookup,
  language: ShareLanguage = englishShare,
): SharedDocument | null {
  if (!isShareableKind(object.kind)) return null;
  const rendered = render(object, lookup, language);
  return rendered ? fitDocument(object.kind, rendered, language.labels) : null;
}

/** The same words, unfitted: nothing cut, for the person's own copy (session page, readable export). */
export function renderShareable(
  object: VaultObject,
  lookup: Lookup,
  language: ShareLanguage = englishShare,
): Rendered | null {
  return isShareableKind(object.kind) ? render(object, lookup, language) : null;
}

function render(object: VaultObject, lookup: Lookup, language: ShareLanguage): Rendered | null {
  if (isMeeting(object)) return renderMeeting(object, lookup, language);
  if (isPause(object)) return renderPause(object, lookup, language);
  if (isGrief(object)) return renderGrief(object, lookup, language);
  if (isCheckIn(object)) return renderCheckIn(object, lookup, language);
  if (isJournalEntry(object)) return renderJournalEntry(object, language);
  if (isPart(object)) return renderPart(object, lookup, language);
  if (isRelationship(object)) return renderRelationship(object, language);
  return null;
}

export const isShareableKind = (kind: string): kind is ShareableKind =>
  (shareableKinds as readonly string[]).includes(kind);

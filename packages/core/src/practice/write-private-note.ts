import type { DomainPorts } from '../ports.ts';
import { editVaultObject, newVaultObject } from '../vault/vault-object.ts';
import {
  checkPrivateNote,
  privateNoteKind,
  type PrivateNote,
  type PrivateNoteFields,
  type PrivateNoteResult,
} from './private-note.ts';

/** A new private note about one client; the words are kept as written, only trimmed at the ends. */
export function writePrivateNote(
  ports: DomainPorts,
  draft: { readonly shareId: string; readonly clientName: string; readonly text: string },
): PrivateNoteResult {
  const fields: PrivateNoteFields = { ...draft, text: draft.text.trim() };
  const problems = checkPrivateNote(fields);
  if (problems.length) return { ok: false, problems };
  const now = ports.clock.now();
  return { ok: true, note: newVaultObject(ports.ids.newId(), privateNoteKind, fields, now) };
}

/** The same note with new words (a later edit on another device merges field by field). */
export function editPrivateNote(ports: DomainPorts, note: PrivateNote, text: string): PrivateNoteResult {
  const fields: PrivateNoteFields = { ...note.fields, text: text.trim() };
  const problems = checkPrivateNote(fields);
  if (problems.length) return { ok: false, problems };
  return { ok: true, note: editVaultObject(note, { text: fields.text }, ports.clock.now()) };
}

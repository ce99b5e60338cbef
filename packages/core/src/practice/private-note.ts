import { isUuid } from '../ids/uuid-v7.ts';
import { isString } from '../parts/field-guards.ts';
import type { VaultObject } from '../vault/vault-object.ts';
import { practiceLimits } from './practice.ts';

/**
 * A practitioner's own note about a client. It lives in the practitioner's vault like any record
 * (sealed under their own vault key, synced between their devices, in their export) and is never
 * written to a share: the client cannot read it, and it stays when the connection ends.
 */
export const privateNoteKind = 'practice-private-note';

export type PrivateNoteFields = {
  /** The client's share: how the practitioner's side tells clients apart. */
  readonly shareId: string;
  /** The client's name as it was when the note was written, so the note stays named after an end. */
  readonly clientName: string;
  readonly text: string;
};
export type PrivateNote = VaultObject<PrivateNoteFields>;

export type PrivateNoteProblem = 'share-invalid' | 'name-too-long' | 'empty' | 'text-too-long';

export type PrivateNoteResult =
  | { readonly ok: true; readonly note: PrivateNote }
  | { readonly ok: false; readonly problems: readonly PrivateNoteProblem[] };

/** Returns what is wrong with a private note's fields, or an empty list. */
export function checkPrivateNote(fields: PrivateNoteFields): PrivateNoteProblem[] {
  const problems: PrivateNoteProblem[] = [];
  if (!isUuid(fields.shareId)) problems.push('share-invalid');
  if (fields.clientName.length > practiceLimits.name) problems.push('name-too-long');
  if (!fields.text.trim()) problems.push('empty');
  if (fields.text.length > practiceLimits.privateNote) problems.push('text-too-long');
  return problems;
}

/** Whether an object read back from the vault has the shape of a private note. */
export function isPrivateNote(object: VaultObject): object is PrivateNote {
  const f = object.fields;
  return (
    object.kind === privateNoteKind &&
    isString(f['shareId']) &&
    isString(f['clientName']) &&
    isString(f['text'])
  );
}

/** One client's notes, the newest first. */
export function privateNotesAbout(notes: readonly PrivateNote[], shareId: string): PrivateNote[] {
  return notes
    .filter((n) => n.fields.shareId === shareId)
    .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
}

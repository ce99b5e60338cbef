import { isPrivateNote, privateNoteKind, type PrivateNote } from '@tend/core';
import { useVaultObjects } from './use-vault-objects.ts';

const byNewest = (a: PrivateNote, b: PrivateNote) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1);

/** Every private note the practitioner keeps, about any client, the newest first. */
export function usePrivateNotes(): readonly PrivateNote[] {
  return useVaultObjects(privateNoteKind, isPrivateNote, byNewest);
}

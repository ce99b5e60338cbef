import { t } from '@lingui/core/macro';
import { isCalendarDate, practiceLimits, type SessionList, type SessionListEntry } from '@tend/core';

/** "Bring to session" while it is being written: the entries in order, and the day ('' when none). */
export interface SessionDraft {
  readonly entries: readonly SessionListEntry[];
  readonly forDate: string;
}

export const emptySessionDraft: SessionDraft = { entries: [], forDate: '' };

export function draftOf(list: SessionList | null): SessionDraft {
  return list ? { entries: list.fields.entries, forDate: list.fields.forDate ?? '' } : emptySessionDraft;
}

export const isFull = (draft: SessionDraft): boolean => draft.entries.length >= practiceLimits.sessionEntries;

/** Adds an entry at the end; a full list or an entry with nothing in it is left as it was. */
export function addEntry(draft: SessionDraft, entry: SessionListEntry): SessionDraft {
  if (isFull(draft) || (!entry.sharedItemId && !entry.text.trim())) return draft;
  return { ...draft, entries: [...draft.entries, { ...entry, text: entry.text.trim() }] };
}

export function removeEntry(draft: SessionDraft, id: string): SessionDraft {
  return { ...draft, entries: draft.entries.filter((e) => e.id !== id) };
}

export function editEntryText(draft: SessionDraft, id: string, text: string): SessionDraft {
  return { ...draft, entries: draft.entries.map((e) => (e.id === id ? { ...e, text } : e)) };
}

/** Moves an entry one place up (-1) or down (1); at either end nothing moves. */
export function moveEntry(draft: SessionDraft, id: string, by: -1 | 1): SessionDraft {
  const from = draft.entries.findIndex((e) => e.id === id);
  const to = from + by;
  const moving = draft.entries[from];
  if (from < 0 || to < 0 || to >= draft.entries.length || !moving) return draft;
  const entries = draft.entries.filter((e) => e.id !== id);
  entries.splice(to, 0, moving);
  return { ...draft, entries };
}

/** What there is to say before saving, or null when the list can be saved as it is. */
export function sessionDraftProblem(draft: SessionDraft): string | null {
  if (draft.forDate && !isCalendarDate(draft.forDate))
    return t`That date could not be read. Would you like to choose it again?`;
  if (draft.entries.some((e) => e.text.length > practiceLimits.sessionText))
    return t`One of these is longer than the list can hold. Would you like to shorten it?`;
  return null;
}

/** The list as it is saved: words trimmed, entries left empty by editing dropped. */
export function sessionListToSave(draft: SessionDraft): {
  entries: readonly SessionListEntry[];
  forDate: string | null;
} {
  const entries = draft.entries
    .map((e) => ({ ...e, text: e.text.trim() }))
    .filter((e) => e.sharedItemId !== null || e.text !== '');
  return { entries, forDate: draft.forDate || null };
}

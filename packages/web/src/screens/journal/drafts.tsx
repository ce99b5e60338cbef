import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { SetAsideCrisis } from '../../noticing/journal-noticings.ts';

export interface EntryDraft {
  readonly date: string;
  readonly title: string;
  readonly body: string;
}

interface Drafts {
  readonly drafts: Readonly<Record<string, EntryDraft>>;
  /** A one-time word for a screen (e.g. "Saved" after a new entry moves to its own page). */
  readonly notes: Readonly<Record<string, string>>;
  setDraft(key: string, draft: EntryDraft): void;
  clearDraft(key: string): void;
  setNote(key: string, note: string | null): void;
  /** What the person dismissed in an entry's noticings ("Dismiss", "Not now"), per entry, in memory. */
  readonly dismissed: Readonly<Record<string, EntryDismissals>>;
  dismiss(key: string, what: Partial<EntryDismissals>): void;
  /** A new entry, once saved, keeps what was dismissed while it was written. */
  carryDismissed(from: string, to: string): void;
}

export interface EntryDismissals {
  /** Keys of gentle noticings (field, pattern and words). */
  readonly gentle: readonly string[];
  readonly crisis: readonly SetAsideCrisis[];
}

const noDismissals: EntryDismissals = { gentle: [], crisis: [] };

const Context = createContext<Drafts | null>(null);

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

/**
 * Typed words that are not saved yet, kept in memory while the person moves around the app. They live
 * inside the unlocked part of the app, so locking drops them along with every decrypted object.
 */
export function DraftsProvider({ children }: { children: ReactNode }) {
  const [drafts, setDrafts] = useState<Record<string, EntryDraft>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [dismissed, setDismissed] = useState<Record<string, EntryDismissals>>({});

  const setDraft = useCallback(
    (key: string, draft: EntryDraft) => setDrafts((d) => ({ ...d, [key]: draft })),
    [],
  );
  const clearDraft = useCallback((key: string) => setDrafts((d) => without(d, key)), []);
  const setNote = useCallback(
    (key: string, note: string | null) =>
      setNotes((n) => (note === null ? without(n, key) : { ...n, [key]: note })),
    [],
  );

  const dismiss = useCallback(
    (key: string, what: Partial<EntryDismissals>) =>
      setDismissed((d) => {
        const before = d[key] ?? noDismissals;
        const gentle = [...before.gentle, ...(what.gentle ?? [])];
        return { ...d, [key]: { gentle, crisis: [...before.crisis, ...(what.crisis ?? [])] } };
      }),
    [],
  );
  const carryDismissed = useCallback(
    (from: string, to: string) =>
      setDismissed((d) => {
        const carried = d[from];
        return carried ? { ...without(d, from), [to]: carried } : d;
      }),
    [],
  );

  const value = useMemo(
    () => ({ drafts, notes, setDraft, clearDraft, setNote, dismissed, dismiss, carryDismissed }),
    [drafts, notes, setDraft, clearDraft, setNote, dismissed, dismiss, carryDismissed],
  );
  return <Context value={value}>{children}</Context>;
}

export function useDrafts(): Drafts {
  const drafts = useContext(Context);
  if (!drafts) throw new Error('useDrafts needs a DraftsProvider');
  return drafts;
}

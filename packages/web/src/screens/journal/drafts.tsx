import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';

export interface EntryDraft {
  readonly date: string;
  readonly title: string;
  readonly body: string;
}

interface Drafts {
  readonly drafts: Readonly<Record<string, EntryDraft>>;
  /** A one-time note for a screen, by name (`saved` after a new entry moves to its own page). */
  readonly notes: Readonly<Record<string, string>>;
  setDraft(key: string, draft: EntryDraft): void;
  clearDraft(key: string): void;
  setNote(key: string, note: string | null): void;
}

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

  const value = useMemo(
    () => ({ drafts, notes, setDraft, clearDraft, setNote }),
    [drafts, notes, setDraft, clearDraft, setNote],
  );
  return <Context value={value}>{children}</Context>;
}

export function useDrafts(): Drafts {
  const drafts = useContext(Context);
  if (!drafts) throw new Error('useDrafts needs a DraftsProvider');
  return drafts;
}

import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { MeetingFormDraft } from './meeting-draft.ts';

interface MeetingDrafts {
  readonly drafts: Readonly<Record<string, MeetingFormDraft>>;
  setDraft(key: string, draft: MeetingFormDraft): void;
  clearDraft(key: string): void;
}

const Context = createContext<MeetingDrafts | null>(null);

/**
 * Meetings in progress, kept in memory while the person moves around the app (to Support now and
 * back, say). Like journal drafts they live inside the unlocked app, so locking lets them go.
 */
export function MeetingDraftsProvider({ children }: { children: ReactNode }) {
  const [drafts, setDrafts] = useState<Record<string, MeetingFormDraft>>({});
  const setDraft = useCallback(
    (key: string, draft: MeetingFormDraft) => setDrafts((d) => ({ ...d, [key]: draft })),
    [],
  );
  const clearDraft = useCallback(
    (key: string) => setDrafts((d) => Object.fromEntries(Object.entries(d).filter(([k]) => k !== key))),
    [],
  );
  const value = useMemo(() => ({ drafts, setDraft, clearDraft }), [drafts, setDraft, clearDraft]);
  return <Context value={value}>{children}</Context>;
}

export function useMeetingDrafts(): MeetingDrafts {
  const drafts = useContext(Context);
  if (!drafts) throw new Error('useMeetingDrafts needs a MeetingDraftsProvider');
  return drafts;
}

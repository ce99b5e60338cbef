import { sessionListKind, type VaultObject } from '@tend/core';
import { useMemo } from 'react';
import { useKindList } from './use-vault-objects.ts';

/** Every object a page for a session can hold, read again when any of them changes. */
export function useSessionObjects(): readonly VaultObject[] {
  const meetings = useKindList('meeting');
  const pauses = useKindList('pause');
  const griefs = useKindList('grief');
  const checkIns = useKindList('relational-check-in');
  const entries = useKindList('journal-entry');
  const parts = useKindList('part');
  const relationships = useKindList('relationship');
  // The lists kept for "Bring to session"; their practitioner and items are found by id.
  const lists = useKindList(sessionListKind);
  return useMemo(
    () => [...meetings, ...pauses, ...griefs, ...checkIns, ...entries, ...parts, ...relationships, ...lists],
    [meetings, pauses, griefs, checkIns, entries, parts, relationships, lists],
  );
}

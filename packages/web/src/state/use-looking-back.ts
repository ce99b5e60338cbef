import type { LookingBackInput } from '@tend/core';
import { useMemo } from 'react';
import { useJournalEntries } from './use-journal.ts';
import { useKindnessMoments } from './use-kindness.ts';
import { useGriefs, useMeetings, useParts } from './use-parts.ts';
import { usePatterns } from './use-patterns.ts';
import { usePauses } from './use-pauses.ts';
import { useCheckIns, useRelationships } from './use-relationships.ts';
import { useResources } from './use-resources.ts';

/** What Looking back reads, every kind from the open vault, stable until one of them changes. */
export function useLookingBackInput(): LookingBackInput {
  const parts = useParts();
  const meetings = useMeetings();
  const patterns = usePatterns();
  const pauses = usePauses();
  const kindness = useKindnessMoments();
  const relationships = useRelationships();
  const checkIns = useCheckIns();
  const griefs = useGriefs();
  const entries = useJournalEntries();
  const resources = useResources();
  return useMemo(
    () => ({
      parts,
      meetings,
      patterns,
      pauses,
      kindness,
      relationships,
      checkIns,
      griefs,
      entries,
      resources,
    }),
    [parts, meetings, patterns, pauses, kindness, relationships, checkIns, griefs, entries, resources],
  );
}

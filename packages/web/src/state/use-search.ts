import { buildSearchIndex, type SearchIndex } from '@tend/core';
import { useMemo } from 'react';
import { useJournalEntries } from './use-journal.ts';
import { useKindnessMoments } from './use-kindness.ts';
import { useGriefs, useMeetings, useParts } from './use-parts.ts';
import { usePatterns } from './use-patterns.ts';
import { usePauses } from './use-pauses.ts';
import { useCheckIns, useRelationships } from './use-relationships.ts';
import { useResources } from './use-resources.ts';

/** Every kind a search looks through, folded once and built again only when one of them changes. */
export function useSearchIndex(): SearchIndex {
  const parts = useParts();
  const meetings = useMeetings();
  const griefs = useGriefs();
  const pauses = usePauses();
  const patterns = usePatterns();
  const relationships = useRelationships();
  const checkIns = useCheckIns();
  const resources = useResources();
  const entries = useJournalEntries();
  const kindness = useKindnessMoments();
  return useMemo(
    () =>
      buildSearchIndex([
        ...parts,
        ...meetings,
        ...griefs,
        ...pauses,
        ...patterns,
        ...relationships,
        ...checkIns,
        ...resources,
        ...entries,
        ...kindness,
      ]),
    [parts, meetings, griefs, pauses, patterns, relationships, checkIns, resources, entries, kindness],
  );
}

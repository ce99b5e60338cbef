import { buildSearchIndex, type SearchIndex } from '@tend/core';
import { useLingui } from '@lingui/react';
import { useMemo } from 'react';
import { searchTitlesNow } from '../i18n/sentences/search.ts';
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
  // Untitled items are titled in the language Tend speaks, so the index is built again when it changes.
  const { i18n } = useLingui();
  const language = i18n.locale;
  return useMemo(
    () =>
      buildSearchIndex(
        [
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
        ],
        searchTitlesNow(),
      ),
    [
      language,
      parts,
      meetings,
      griefs,
      pauses,
      patterns,
      relationships,
      checkIns,
      resources,
      entries,
      kindness,
    ],
  );
}

import { Trans, useLingui } from '@lingui/react/macro';
import { entriesLinkedTo, type JournalLinkKind } from '@tend/core';
import { useMemo } from 'react';
import { useJournalEntries } from '../../state/use-journal.ts';
import { EntryList } from './EntryList.tsx';

/** The journal entries linked to one item, for that item's page: the link's other direction. */
export function LinkedEntries({ kind, id }: { kind: JournalLinkKind; id: string }) {
  const entries = useJournalEntries();
  const linked = useMemo(() => entriesLinkedTo(entries, kind, id), [entries, kind, id]);
  const { t } = useLingui();
  return (
    <section aria-labelledby={`entries-${id}`}>
      <h2 id={`entries-${id}`}>
        <Trans>Journal entries</Trans>
      </h2>
      <EntryList
        entries={linked}
        empty={t`No entries linked yet. An entry can be linked from its own page.`}
      />
    </section>
  );
}

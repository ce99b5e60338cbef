import { entriesLinkedTo, type JournalLinkKind } from '@tend/core';
import { useMemo } from 'react';
import { Link } from '../../router/router.tsx';
import { formatDay } from '../../ui/dates.ts';
import { entryLabel, useJournalEntries } from '../../state/use-journal.ts';

/** The journal entries linked to one item, for that item's page: the link's other direction. */
export function LinkedEntries({ kind, id }: { kind: JournalLinkKind; id: string }) {
  const entries = useJournalEntries();
  const linked = useMemo(() => entriesLinkedTo(entries, kind, id), [entries, kind, id]);
  return (
    <section aria-labelledby={`entries-${id}`}>
      <h2 id={`entries-${id}`}>Journal entries</h2>
      {linked.length ? (
        <ul className="entry-list">
          {linked.map((entry) => (
            <li key={entry.id}>
              <Link to={`/journal/${entry.id}`} className="entry-link">
                <span className="entry-title">{entryLabel(entry)}</span>
                <span className="entry-snippet">{formatDay(entry.fields.date)}</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="quiet">No entries linked yet. An entry can be linked from its own page.</p>
      )}
    </section>
  );
}

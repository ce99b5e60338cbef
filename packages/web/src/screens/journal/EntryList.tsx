import type { JournalEntry } from '@tend/core';
import { Link } from '../../router/router.tsx';
import { entryLabel } from '../../state/use-journal.ts';
import { formatDay } from '../../ui/dates.ts';

/** Journal entries as links to their pages, with their days; `empty` says why there are none. */
export function EntryList({ entries, empty }: { entries: readonly JournalEntry[]; empty: string }) {
  if (!entries.length) return <p className="empty">{empty}</p>;
  return (
    <ul className="entry-list">
      {entries.map((entry) => (
        <li key={entry.id}>
          <Link to={`/journal/${entry.id}`} className="entry-link">
            <span className="entry-title">{entryLabel(entry)}</span>
            <span className="entry-snippet">{formatDay(entry.fields.date)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

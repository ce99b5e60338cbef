import { Trans, useLingui } from '@lingui/react/macro';
import { plural } from '@lingui/core/macro';
import { useDeferredValue, useState } from 'react';
import { Link, useRouter } from '../../router/router.tsx';
import { formatLongDay } from '../../ui/dates.ts';
import { InputField } from '../../ui/Field.tsx';
import { Page } from '../../ui/Page.tsx';
import { entryLabel, groupByDay, useJournalEntries, useJournalSearch } from '../../state/use-journal.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';

/** The search's snippet is a plain cut; say so when the words go on. */
function withEllipsis(snippet: string, body: string): string {
  return snippet.endsWith('…') || snippet.length >= body.trim().length ? snippet : `${snippet.trimEnd()}…`;
}

/** Years of entries would take a second to draw; the list grows a page at a time instead. */
const pageSize = 50;

export function JournalScreen() {
  const { navigate } = useRouter();
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState({ query: '', count: pageSize });
  const deferredQuery = useDeferredValue(query);
  const hasEntries = useJournalEntries().length > 0;
  const hits = useJournalSearch(deferredQuery);
  const count = shown.query === deferredQuery ? shown.count : pageSize;
  const days = groupByDay(hits.slice(0, count));
  const isSearching = deferredQuery.trim().length > 0;
  const { t } = useLingui();
  const found = hits.length;

  return (
    <Page title={t`Journal`} className="journal">
      <div className="actions floating-action">
        <button type="button" className="primary" onClick={() => navigate('/journal/new')}>
          <Trans>New entry</Trans>
        </button>
      </div>
      {hasEntries ? (
        <search>
          <InputField
            label={t`Search entries`}
            type="search"
            value={query}
            onValue={setQuery}
            hint={t`Searching happens on this device only.`}
          />
        </search>
      ) : (
        <EmptyState drawing="page">
          <Trans>Nothing written yet. Whenever you are ready, there is room here.</Trans>
        </EmptyState>
      )}
      {isSearching ? (
        <p role="status" className="quiet">
          {found === 0
            ? t`No entries hold those words.`
            : plural(found, { one: '# entry found.', other: '# entries found.' })}
        </p>
      ) : null}
      {days.map(({ day, hits: dayHits }) => (
        <section key={day} className="journal-day" aria-label={formatLongDay(day)}>
          <h2>{formatLongDay(day)}</h2>
          <ul className="entry-list">
            {dayHits.map(({ entry, snippet }) => (
              <li key={entry.id}>
                <Link to={`/journal/${entry.id}`} className="entry-link">
                  <span className="entry-title">{entryLabel(entry)}</span>
                  {snippet && entry.fields.title ? (
                    <span className="entry-snippet">{withEllipsis(snippet, entry.fields.body)}</span>
                  ) : null}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {hits.length > count ? (
        <div className="actions">
          <button type="button" onClick={() => setShown({ query: deferredQuery, count: count + pageSize })}>
            <Trans>Show more entries</Trans>
          </button>
        </div>
      ) : null}
    </Page>
  );
}

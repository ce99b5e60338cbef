import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useCoreWord } from '../../i18n/core-words.ts';
import { showAllWords } from './show-all-words.ts';
import { searchEverything, searchKindWords, type SearchHit, type SearchKind } from '@tend/core';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { Link } from '../../router/router.tsx';
import { Page } from '../../ui/Page.tsx';
import { useSearchIndex } from '../../state/use-search.ts';
import { formatWhen } from '../../ui/dates.ts';

/** Where each kind of found item opens. */
const pathOf: Record<SearchKind, (id: string) => string> = {
  part: (id) => `/parts/${id}`,
  meeting: (id) => `/meetings/${id}`,
  grief: (id) => `/grief/${id}`,
  pause: (id) => `/pauses/${id}`,
  pattern: (id) => `/patterns/${id}`,
  relationship: (id) => `/people/${id}`,
  'check-in': (id) => `/check-ins/${id}`,
  resource: () => '/resources',
  journal: (id) => `/journal/${id}`,
  kindness: () => '/kindness/all',
};

const noKinds: readonly SearchKind[] = [];

function Hit({ hit }: { hit: SearchHit }) {
  return (
    <li>
      <Link to={pathOf[hit.kind](hit.id)} className="entry-link">
        <span className="entry-title">{hit.title}</span>
        {hit.snippet ? <span className="written-words">{hit.snippet}</span> : null}
        <span className="entry-snippet">{formatWhen(hit.when, 'day')}</span>
      </Link>
    </li>
  );
}

function NewestNote({ shown }: { shown: number }) {
  return <Trans>Showing the newest {shown}. Another word would narrow it down.</Trans>;
}

/** At /search: everything on this device, found by the person's own words; nothing leaves the device. */
export function SearchScreen() {
  const { t } = useLingui();
  const word = useCoreWord();
  const index = useSearchIndex();
  const [query, setQuery] = useState('');
  // The kinds the person asked to see whole, for this query only: a new word starts from the newest.
  const [showAll, setShowAll] = useState<{ query: string; kinds: readonly SearchKind[] }>({
    query: '',
    kinds: [],
  });
  const deferred = useDeferredValue(query);
  const whole = showAll.query === deferred ? showAll.kinds : noKinds;
  const groups = useMemo(() => searchEverything(index, deferred, 50, whole), [index, deferred, whole]);
  // The button that was pressed is gone once the group is whole: its heading takes the focus instead.
  const opened = showAll.kinds.at(-1);
  useEffect(() => {
    if (opened) document.getElementById(`found-${opened}`)?.focus();
  }, [opened]);
  const total = groups.reduce((sum, g) => sum + g.total, 0);
  return (
    <Page title={t`Search`} className="search-page">
      <search>
        <div className="field">
          <label htmlFor="search-everything">
            <Trans>Search everything you have written</Trans>
          </label>
          <input
            id="search-everything"
            type="search"
            value={query}
            autoComplete="off"
            onChange={(e) => setQuery(e.target.value)}
          />
          <p className="field-hint">
            <Trans>Searched on this device only.</Trans>
          </p>
        </div>
      </search>
      {deferred.trim() ? (
        <p role="status">
          <Plural value={total} one="# thing found." other="# things found." />
        </p>
      ) : null}
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`found-${group.kind}`}>
          <h2 id={`found-${group.kind}`} tabIndex={-1}>
            {word(searchKindWords[group.kind])} ({group.total})
          </h2>
          <ul className="entry-list">
            {group.hits.map((hit) => (
              <Hit key={hit.id} hit={hit} />
            ))}
          </ul>
          {group.total > group.hits.length ? (
            <>
              <p className="quiet">
                <NewestNote shown={group.hits.length} />
              </p>
              <button
                type="button"
                onClick={() => setShowAll({ query: deferred, kinds: [...whole, group.kind] })}
              >
                {showAllWords(group.kind, group.total)}
              </button>
            </>
          ) : null}
        </section>
      ))}
    </Page>
  );
}

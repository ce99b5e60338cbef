import { Trans, useLingui } from '@lingui/react/macro';
import { byNewestStart } from '@tend/core';
import { useMemo } from 'react';
import { Link } from '../../router/router.tsx';
import { usePauses } from '../../state/use-pauses.ts';
import { Page } from '../../ui/Page.tsx';
import { ShowMoreButton, useShowMore } from '../../ui/ShowMore.tsx';
import { pausesShown } from './past-pauses.ts';
import { intensityWords, pauseDateWords } from './pause-words.ts';
import './pause.css';

/** Every pause on this device, newest first: a finished one opens to read, an open one to finish. */
export function PastPausesScreen() {
  const { t } = useLingui();
  const pauses = usePauses();
  const newestFirst = useMemo(() => [...pauses].sort(byNewestStart), [pauses]);
  // Years of pauses draw a page at a time.
  const more = useShowMore(newestFirst.length, 30);
  const shown = pausesShown(newestFirst, more.count);

  return (
    <Page title={t`Past pauses`} className="pause past-pauses">
      <p className="lead">
        <Trans>Each time you paused. Open one to read it, or to finish one left open.</Trans>
      </p>
      {newestFirst.length ? (
        <ul className="entry-list">
          {shown.map((pause) => {
            const f = pause.fields;
            const isOpen = f.finishedAt === null;
            const strength = intensityWords(f.intensity, f.intensityAfter);
            return (
              <li key={pause.id}>
                <Link to={isOpen ? `/pause/${pause.id}` : `/pauses/${pause.id}`} className="entry-link">
                  <span className="entry-title">{pauseDateWords(f.startedAt)}</span>
                  {f.whatHappened.trim() ? <span className="entry-snippet">{f.whatHappened}</span> : null}
                  <span className="entry-snippet">
                    {isOpen ? t`Not finished: open it to finish` : t`Finished`}
                    {strength ? ` · ${strength}` : ''}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="empty">
          <Trans>No pauses yet. Pause is at the top of every screen whenever you need it.</Trans>
        </p>
      )}
      {more.hasMore ? <ShowMoreButton label={t`Show earlier pauses`} onShowMore={more.showMore} /> : null}
    </Page>
  );
}

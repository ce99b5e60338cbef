import { Trans, useLingui } from '@lingui/react/macro';
import { byNewest } from '@tend/core';
import { Suspense, useMemo } from 'react';
import { PracticeLinks } from '../practice/lazy-practice.ts';
import { Link } from '../../router/router.tsx';
import { SyncStatusLine } from '../../sync/SyncStatusLine.tsx';
import { Page } from '../../ui/Page.tsx';
import { useJournalEntries } from '../../state/use-journal.ts';
import { useVaultOpening } from '../../state/use-vault-objects.ts';
import { StillOpening } from '../../ui/StillOpening.tsx';
import { KindnessMoments } from '../kindness/KindnessMoments.tsx';
import { EntryList } from '../journal/EntryList.tsx';
import { UnfinishedPauseOffer } from '../pause/UnfinishedPauseOffer.tsx';
import { ReminderNote } from '../reminders/ReminderNote.tsx';
import { TourOffer } from '../tour/TourOffer.tsx';
import { greeting } from './greeting.ts';
import { NowTiles } from './NowTiles.tsx';
import { OnThisDay } from './OnThisDay.tsx';
import './home.css';

const recentCount = 5;

export function HomeScreen() {
  const { t } = useLingui();
  // Until the vault's records are open, home shows what needs none of them and says the rest is coming.
  const isOpening = useVaultOpening();
  const entries = useJournalEntries();
  const recent = useMemo(() => [...entries].sort(byNewest).slice(0, recentCount), [entries]);
  const hello = greeting(new Date().getHours());

  return (
    <Page title={t`Home`} heading={hello} className="home">
      <p className="lead">
        <Trans>How are you, right now?</Trans>
      </p>
      <div className="page-columns">
        <div>
          {isOpening ? null : (
            <>
              <TourOffer />
              <ReminderNote />
              <UnfinishedPauseOffer />
            </>
          )}
          <NowTiles />
          <section aria-labelledby="recent-heading">
            <h2 id="recent-heading">
              <Trans>Recent entries</Trans>
            </h2>
            {isOpening ? (
              <StillOpening />
            ) : (
              <EntryList entries={recent} empty={t`Nothing written yet. There is no hurry.`} />
            )}
          </section>
          {isOpening ? null : <OnThisDay />}
        </div>
        <div>
          {isOpening ? null : <KindnessMoments />}
          <section aria-labelledby="more-heading">
            <h2 id="more-heading">
              <Trans>More of Tend</Trans>
            </h2>
            <div className="more-of-tend">
              <Link to="/looking-back" className="button">
                <Trans>Looking back</Trans>
              </Link>
              <Link to="/grief" className="button">
                <Trans>Grief</Trans>
              </Link>
              <Link to="/patterns" className="button">
                <Trans>Patterns</Trans>
              </Link>
              <Link to="/pauses" className="button">
                <Trans>Past pauses</Trans>
              </Link>
              <Link to="/resources" className="button">
                <Trans>Resources</Trans>
              </Link>
              <Link to="/search" className="button">
                <Trans>Search</Trans>
              </Link>
              {isOpening ? null : (
                <Suspense fallback={null}>
                  <PracticeLinks />
                </Suspense>
              )}
            </div>
          </section>
          <SyncStatusLine />
        </div>
      </div>
    </Page>
  );
}

import { byNewest } from '@tend/core';
import { Suspense, useMemo } from 'react';
import { PracticeLinks } from '../practice/lazy-practice.ts';
import { Link } from '../../router/router.tsx';
import { SyncStatusLine } from '../../sync/SyncStatusLine.tsx';
import { Page } from '../../ui/Page.tsx';
import { useJournalEntries } from '../../state/use-journal.ts';
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
  const entries = useJournalEntries();
  const recent = useMemo(() => [...entries].sort(byNewest).slice(0, recentCount), [entries]);
  const hello = greeting(new Date().getHours());

  return (
    <Page title="Home" heading={hello} className="home">
      <p className="lead">How are you, right now?</p>
      <div className="page-columns">
        <div>
          <TourOffer />
          <ReminderNote />
          <UnfinishedPauseOffer />
          <NowTiles />
          <section aria-labelledby="recent-heading">
            <h2 id="recent-heading">Recent entries</h2>
            <EntryList entries={recent} empty="Nothing written yet. There is no hurry." />
          </section>
          <OnThisDay />
        </div>
        <div>
          <KindnessMoments />
          <section aria-labelledby="more-heading">
            <h2 id="more-heading">More of Tend</h2>
            <div className="more-of-tend">
              <Link to="/looking-back" className="button">
                Looking back
              </Link>
              <Link to="/grief" className="button">
                Grief
              </Link>
              <Link to="/patterns" className="button">
                Patterns
              </Link>
              <Link to="/pauses" className="button">
                Past pauses
              </Link>
              <Link to="/resources" className="button">
                Resources
              </Link>
              <Link to="/search" className="button">
                Search
              </Link>
              <Suspense fallback={null}>
                <PracticeLinks />
              </Suspense>
            </div>
          </section>
          <SyncStatusLine />
        </div>
      </div>
    </Page>
  );
}

import { Trans, useLingui } from '@lingui/react/macro';
import { meetingExcerpt, partStory, type Meeting, type Part } from '@tend/core';
import { lazy, Suspense, useMemo } from 'react';
import { Link } from '../../router/router.tsx';
import { Page } from '../../ui/Page.tsx';
import { ShowMoreButton, useShowMore } from '../../ui/ShowMore.tsx';
import { PartMissing } from '../parts/PartMissing.tsx';
import { ShareWithPractitioner } from '../practice/ShareWithPractitioner.tsx';
import { useMeetings, useParts } from '../../state/use-parts.ts';
import { delayInMinutesWords, formatMeetingDay, meetingFacts } from './meeting-words.ts';
import { usePartName } from '../../i18n/part-name.ts';

import '../parts/parts.css';
import { sayPartStory } from '../../i18n/sentences/story.ts';

// The picture is the heaviest piece of the story; it arrives after the words.
const StoryChart = lazy(() => import('./StoryChart.tsx').then((m) => ({ default: m.StoryChart })));
const PresenceChart = lazy(() => import('./StoryChart.tsx').then((m) => ({ default: m.PresenceChart })));

function MeetingLine({ meeting }: { meeting: Meeting }) {
  const facts = meetingFacts(meeting);
  const excerpt = meetingExcerpt(meeting);
  const { t } = useLingui();
  return (
    <li className="story-meeting">
      <Link to={`/meetings/${meeting.id}`} className="entry-link">
        <span className="entry-title">{formatMeetingDay(meeting.fields.when)}</span>
        {excerpt ? <span className="written-words">{excerpt}</span> : null}
        <span className="entry-snippet">{facts || (excerpt ? '' : t`Met, with nothing more noted`)}</span>
      </Link>
      <ShareWithPractitioner objectId={meeting.id} what={t`this meeting`} isCompact />
    </li>
  );
}

function Story({ part, meetings }: { part: Part; meetings: readonly Meeting[] }) {
  const story = useMemo(() => partStory(part, meetings), [part, meetings]);
  const projections = useShowMore(story.projections.length, 12);
  const meetingsShown = useShowMore(story.meetings.length, 30);
  const { t } = useLingui();
  const name = usePartName()(part);
  const lastNeedDay = story.lastNeed ? formatMeetingDay(story.lastNeed.when) : '';
  return (
    <Page title={t`The story of ${name}`} className="parts story">
      <p className="story-summary">{sayPartStory(story)}</p>
      {story.lastNeed ? (
        <p className="last-need">
          <Trans>
            <Link to={`/meetings/${story.lastNeed.meetingId}`}>On {lastNeedDay}</Link> you wrote that it
            needed: <span className="written-words">“{story.lastNeed.words}”</span>
          </Trans>
        </p>
      ) : null}
      <div className="page-columns">
        <div>
          <div className="actions">
            <Link to={`/parts/${part.id}/meet`} className="button primary">
              <Trans>Meet this part</Trans>
            </Link>
            <Link to={`/parts/${part.id}`} className="button">
              <Trans>Back to the part</Trans>
            </Link>
          </div>
          {story.months.length ? (
            <section aria-labelledby="picture-heading">
              <h2 id="picture-heading">
                <Trans>How the relating changed</Trans>
              </h2>
              <Suspense fallback={<p className="quiet">{t`Drawing the picture…`}</p>}>
                <StoryChart months={story.months} />
              </Suspense>
              <h3>
                <Trans>Presence over time</Trans>
              </h3>
              <Suspense fallback={<p className="quiet">{t`Drawing the picture…`}</p>}>
                <PresenceChart months={story.months} />
              </Suspense>
              <h3>
                <Trans>Recognising projections</Trans>
              </h3>
              {story.projections.length ? (
                <ul className="plain-list">
                  {story.projections.slice(story.projections.length - projections.count).map((p) => {
                    const day = formatMeetingDay(p.when);
                    const delay = delayInMinutesWords(p.minutes);
                    return <li key={p.meetingId}>{t`${day}: after about ${delay}`}</li>;
                  })}
                </ul>
              ) : (
                <p className="quiet">
                  <Trans>No projections noted yet.</Trans>
                </p>
              )}
              {projections.hasMore ? (
                <ShowMoreButton label={t`Show earlier projections`} onShowMore={projections.showMore} />
              ) : null}
            </section>
          ) : null}
        </div>
        <div>
          <section aria-labelledby="meetings-heading">
            <h2 id="meetings-heading">
              <Trans>Every meeting</Trans>
            </h2>
            {story.meetings.length ? (
              <ol className="entry-list">
                {story.meetings
                  .slice(story.meetings.length - meetingsShown.count)
                  .reverse()
                  .map((m) => (
                    <MeetingLine key={m.id} meeting={m} />
                  ))}
              </ol>
            ) : (
              <p className="empty">
                <Trans>No meetings yet.</Trans>
              </p>
            )}
            {meetingsShown.hasMore ? (
              <ShowMoreButton label={t`Show earlier meetings`} onShowMore={meetingsShown.showMore} />
            ) : null}
          </section>
        </div>
      </div>
      <p className="quiet">
        <Link to={`/for-my-session/${part.id}`}>
          <Trans>For my session: this part on a page to print or download</Trans>
        </Link>
      </p>
    </Page>
  );
}

export function StoryScreen({ id }: { id: string }) {
  const part = useParts().find((p) => p.id === id);
  const meetings = useMeetings();
  return part ? <Story part={part} meetings={meetings} /> : <PartMissing />;
}

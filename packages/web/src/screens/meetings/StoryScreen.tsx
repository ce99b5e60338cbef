import { describeDelay, meetingExcerpt, partStory, type Meeting, type Part, partName } from '@tend/core';
import { lazy, Suspense, useMemo } from 'react';
import { Link } from '../../router/router.tsx';
import { Page } from '../../ui/Page.tsx';
import { ShowMoreButton, useShowMore } from '../../ui/ShowMore.tsx';
import { PartMissing } from '../parts/PartMissing.tsx';
import { ShareWithPractitioner } from '../practice/ShareWithPractitioner.tsx';
import { useMeetings, useParts } from '../../state/use-parts.ts';
import { formatMeetingDay, meetingFacts } from './meeting-words.ts';
import '../parts/parts.css';

// The picture is the heaviest piece of the story; it arrives after the words.
const StoryChart = lazy(() => import('./StoryChart.tsx').then((m) => ({ default: m.StoryChart })));
const PresenceChart = lazy(() => import('./StoryChart.tsx').then((m) => ({ default: m.PresenceChart })));

function MeetingLine({ meeting }: { meeting: Meeting }) {
  const facts = meetingFacts(meeting);
  const excerpt = meetingExcerpt(meeting);
  return (
    <li className="story-meeting">
      <Link to={`/meetings/${meeting.id}`} className="entry-link">
        <span className="entry-title">{formatMeetingDay(meeting.fields.when)}</span>
        {excerpt ? <span className="written-words">{excerpt}</span> : null}
        <span className="entry-snippet">{facts || (excerpt ? '' : 'Met, with nothing more noted')}</span>
      </Link>
      <ShareWithPractitioner objectId={meeting.id} what="this meeting" isCompact />
    </li>
  );
}

function Story({ part, meetings }: { part: Part; meetings: readonly Meeting[] }) {
  const story = useMemo(() => partStory(part, meetings), [part, meetings]);
  const projections = useShowMore(story.projections.length, 12);
  const meetingsShown = useShowMore(story.meetings.length, 30);
  return (
    <Page title={`The story of ${partName(part)}`} className="parts story">
      <p className="story-summary">{story.summary}</p>
      {story.lastNeed ? (
        <p className="last-need">
          <Link to={`/meetings/${story.lastNeed.meetingId}`}>On {formatMeetingDay(story.lastNeed.when)}</Link>{' '}
          you wrote that it needed: <span className="written-words">“{story.lastNeed.words}”</span>
        </p>
      ) : null}
      <div className="page-columns">
        <div>
          <div className="actions">
            <Link to={`/parts/${part.id}/meet`} className="button primary">
              Meet this part
            </Link>
            <Link to={`/parts/${part.id}`} className="button">
              Back to the part
            </Link>
          </div>
          {story.months.length ? (
            <section aria-labelledby="picture-heading">
              <h2 id="picture-heading">How the relating changed</h2>
              <Suspense fallback={<p className="quiet">Drawing the picture…</p>}>
                <StoryChart months={story.months} />
              </Suspense>
              <h3>Presence over time</h3>
              <Suspense fallback={<p className="quiet">Drawing the picture…</p>}>
                <PresenceChart months={story.months} />
              </Suspense>
              <h3>Recognising projections</h3>
              {story.projections.length ? (
                <ul className="plain-list">
                  {story.projections.slice(story.projections.length - projections.count).map((p) => (
                    <li key={p.meetingId}>
                      {formatMeetingDay(p.when)}: after about {describeDelay(p.minutes)}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="quiet">No projections noted yet.</p>
              )}
              {projections.hasMore ? (
                <ShowMoreButton label="Show earlier projections" onShowMore={projections.showMore} />
              ) : null}
            </section>
          ) : null}
        </div>
        <div>
          <section aria-labelledby="meetings-heading">
            <h2 id="meetings-heading">Every meeting</h2>
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
              <p className="empty">No meetings yet.</p>
            )}
            {meetingsShown.hasMore ? (
              <ShowMoreButton label="Show earlier meetings" onShowMore={meetingsShown.showMore} />
            ) : null}
          </section>
        </div>
      </div>
      <p className="quiet">
        <Link to={`/for-my-session/${part.id}`}>
          For my session: this part on a page to print or download
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

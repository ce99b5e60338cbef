import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useCoreWord } from '../../i18n/core-words.ts';
import {
  keepsDepleting,
  relationshipStory,
  type RelationalCheckIn,
  type Relationship,
  relationshipTypeWords,
} from '@tend/core';
import { lazy, Suspense, useMemo } from 'react';
import { Link, useRouter } from '../../router/router.tsx';
import { useApp } from '../../state/app-provider.tsx';
import { LetGoSection, removedEverywhere } from '../../ui/LetGoSection.tsx';
import { Page } from '../../ui/Page.tsx';
import { ShowMoreButton, useShowMore } from '../../ui/ShowMore.tsx';
import { ShareWithPractitioner } from '../practice/ShareWithPractitioner.tsx';
import { LinkedEntries } from '../journal/LinkedEntries.tsx';
import { AboutRelationship } from './AboutRelationship.tsx';
import { BoundariesSection } from './BoundariesSection.tsx';
import { GentleQuestions } from './GentleQuestions.tsx';
import { PathSection } from './PathSection.tsx';
import { QualitiesSection } from './QualitiesSection.tsx';
import { formatDate } from './relationship-words.ts';
import { RelationshipMissing } from './RelationshipMissing.tsx';
import { useCheckIns, useRelationship } from '../../state/use-relationships.ts';
import '../parts/parts.css';
import './relationships.css';
import { sayCheckInFacts } from '../../i18n/sentences/check-ins.ts';
import { sayRelationshipStory } from '../../i18n/sentences/relationship-story.ts';

// The pictures arrive after the words, in their own small chunk.
const RelationshipChart = lazy(() =>
  import('./RelationshipChart.tsx').then((m) => ({ default: m.RelationshipChart })),
);

function CheckInHistory({ checkIns }: { checkIns: readonly RelationalCheckIn[] }) {
  const shown = useShowMore(checkIns.length, 20);
  const { t } = useLingui();
  const newestFirst = [...checkIns].reverse().slice(0, shown.count);
  return (
    <>
      <h3>
        <Trans>Check-ins, newest first</Trans>
      </h3>
      <ul className="plain-list check-in-history">
        {newestFirst.map((c) => (
          <li key={c.id}>
            <Link to={`/check-ins/${c.id}`} className="check-in-link">
              <span className="entry-title">{formatDate(c.fields.at)}</span>
              <span className="entry-snippet">{sayCheckInFacts(c)}</span>
              {c.fields.note ? <span className="check-in-note">{c.fields.note}</span> : null}
            </Link>
            <ShareWithPractitioner objectId={c.id} what={t`this check-in`} isCompact />
          </li>
        ))}
      </ul>
      {shown.hasMore ? (
        <ShowMoreButton label={t`Show earlier check-ins`} onShowMore={shown.showMore} />
      ) : null}
    </>
  );
}

function RelationshipPage({ relationship }: { relationship: Relationship }) {
  const checkIns = useCheckIns();
  const { t } = useLingui();
  const word = useCoreWord();
  const story = useMemo(() => relationshipStory(relationship, checkIns), [relationship, checkIns]);
  const isDepleting = useMemo(() => keepsDepleting(relationship, story.checkIns), [relationship, story]);
  const months = useShowMore(story.months.length, 24);
  const { name, type } = relationship.fields;
  return (
    <Page title={name} className="relationships">
      {type ? <p className="lead">{word(relationshipTypeWords[type])}</p> : null}
      <div className="actions">
        <Link to={`/people/${relationship.id}/check-in`} className="button primary">
          <Trans>Check in</Trans>
        </Link>
        <Link to={`/people/${relationship.id}/edit`} className="button">
          <Trans>Edit</Trans>
        </Link>
        <Link to="/people" className="button">
          <Trans>All people</Trans>
        </Link>
      </div>
      {isDepleting ? <GentleQuestions /> : null}
      {/* On a wide screen the time together (its picture and check-ins) sits beside what is kept about them. */}
      <div className="page-columns">
        <section aria-labelledby="story-heading">
          <h2 id="story-heading">
            <Trans>How time together has felt</Trans>
          </h2>
          <p className="story-summary">{sayRelationshipStory(story)}</p>
          {story.months.length ? (
            <Suspense
              fallback={
                <p className="quiet">
                  <Trans>Drawing the picture…</Trans>
                </p>
              }
            >
              <RelationshipChart months={story.months.slice(story.months.length - months.count)} />
            </Suspense>
          ) : null}
          {months.hasMore ? (
            <ShowMoreButton label={t`Show earlier months`} onShowMore={months.showMore} />
          ) : null}
          {story.checkIns.length ? <CheckInHistory checkIns={story.checkIns} /> : null}
        </section>
        <div>
          {story.checkIns.length ? (
            <QualitiesSection relationship={relationship} checkIns={story.checkIns} />
          ) : null}
          <PathSection relationship={relationship} />
          <BoundariesSection relationship={relationship} />
          <AboutRelationship relationship={relationship} />
          <LinkedEntries kind="relationships" id={relationship.id} />
          <ShareWithPractitioner objectId={relationship.id} what={t`a summary of this relationship`} />
          <p className="quiet">
            <Link to={`/for-my-session/${relationship.id}`}>
              <Trans>For my session: a page to print or download</Trans>
            </Link>
          </p>
        </div>
      </div>
      <DeleteRelationship relationship={relationship} checkIns={story.checkIns} />
    </Page>
  );
}

/** A person's page can be let go, and their check-ins with it, since they are about time with them. */
function DeleteRelationship(props: { relationship: Relationship; checkIns: readonly RelationalCheckIn[] }) {
  const { vault } = useApp();
  const { navigate } = useRouter();
  const remove = async () => {
    for (const checkIn of props.checkIns) await vault.remove(checkIn.id);
    await vault.remove(props.relationship.id);
    navigate('/people', { replace: true });
  };
  const count = props.checkIns.length;
  return (
    <LetGoSection what={props.relationship.fields.name} onDelete={remove}>
      <p>
        {count ? (
          <>
            <Plural value={count} one="Its check-in goes with it." other="Its # check-ins go with it." />{' '}
          </>
        ) : null}
        {removedEverywhere}
      </p>
    </LetGoSection>
  );
}

export function RelationshipScreen({ id }: { id: string }) {
  const relationship = useRelationship(id);
  if (!relationship) return <RelationshipMissing />;
  return <RelationshipPage relationship={relationship} />;
}

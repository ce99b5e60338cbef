import {
  abandonedWords,
  afterwardsOption,
  afterwardsWords,
  checkInQualities,
  feltWords,
  heldBoundaryWords,
  isCheckIn,
  qualityWords,
  type RelationalCheckIn,
} from '@tend/core';
import { Suspense } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useRelationship } from '../../state/use-relationships.ts';
import { useVaultObject } from '../../state/use-vault-objects.ts';
import { Link, useRouter } from '../../router/router.tsx';
import { LetGoSection, removedEverywhere } from '../../ui/LetGoSection.tsx';
import { Page } from '../../ui/Page.tsx';
import { ShareWithPractitioner } from '../practice/lazy-practice.ts';
import { formatDate } from '../relationships/relationship-words.ts';
import '../parts/parts.css';
import '../relationships/relationships.css';

function Answer({ question, answer }: { question: string; answer: string | null }) {
  return (
    <div className="meeting-step">
      <dt>{question}</dt>
      {answer ? <dd>{answer}</dd> : <dd className="quiet">Not noted</dd>}
    </div>
  );
}

function CheckInAnswersList({ checkIn }: { checkIn: RelationalCheckIn }) {
  const f = checkIn.fields;
  const afterwards = afterwardsOption(f.afterwards);
  return (
    <dl className="meeting-words">
      <Answer question="How do I feel afterwards?" answer={afterwards ? afterwardsWords[afterwards] : null} />
      {checkInQualities.map((quality) => {
        const felt = f[quality];
        return (
          <Answer key={quality} question={qualityWords[quality]} answer={felt ? feltWords[felt] : null} />
        );
      })}
      <Answer
        question="Did I abandon myself to keep the peace?"
        answer={f.abandonedMyself ? abandonedWords[f.abandonedMyself] : null}
      />
      <Answer
        question="Did I hold a boundary?"
        answer={f.heldBoundary ? heldBoundaryWords[f.heldBoundary] : null}
      />
      <div className="meeting-step">
        <dt>A note</dt>
        {f.note.trim() ? <dd className="written-words">{f.note}</dd> : <dd className="quiet">Not noted</dd>}
      </div>
    </dl>
  );
}

function CheckInPage({ checkIn }: { checkIn: RelationalCheckIn }) {
  const { vault } = useApp();
  const { navigate } = useRouter();
  const relationship = useRelationship(checkIn.fields.relationshipId);
  const name = relationship?.fields.name ?? 'someone';
  const back = relationship ? `/people/${relationship.id}` : '/people';

  const remove = async () => {
    await vault.remove(checkIn.id);
    navigate(back, { replace: true });
  };

  return (
    <Page title={`Check-in with ${name}`} className="relationships check-in-page">
      <p className="lead">{formatDate(checkIn.fields.at)}</p>
      <div className="actions">
        <Link to={`/check-ins/${checkIn.id}/edit`} className="button primary">
          Edit
        </Link>
        <Link to={back} className="button">
          Back to {name}
        </Link>
      </div>
      <CheckInAnswersList checkIn={checkIn} />
      <Suspense fallback={null}>
        <ShareWithPractitioner objectId={checkIn.id} what="this check-in" />
      </Suspense>
      <LetGoSection what="this check-in" onDelete={remove}>
        <p>{removedEverywhere}</p>
      </LetGoSection>
    </Page>
  );
}

export function CheckInMissing() {
  return (
    <Page title="Check-in not found">
      <p>This check-in is not in your vault on this device. It may have been deleted.</p>
      <p>
        <Link to="/people">Back to your people</Link>
      </p>
    </Page>
  );
}

/** At /check-ins/:id: one check-in, every answer and the note, with a way to change or delete it. */
export function CheckInPageScreen({ id }: { id: string }) {
  const checkIn = useVaultObject(id, isCheckIn);
  return checkIn ? <CheckInPage checkIn={checkIn} /> : <CheckInMissing />;
}

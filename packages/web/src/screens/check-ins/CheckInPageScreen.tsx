import { Trans, useLingui } from '@lingui/react/macro';
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
import { useCoreWord } from '../../i18n/core-words.ts';
import '../parts/parts.css';
import '../relationships/relationships.css';

function Answer({ question, answer }: { question: string; answer: string | null }) {
  return (
    <div className="meeting-step">
      <dt>{question}</dt>
      {answer ? (
        <dd>{answer}</dd>
      ) : (
        <dd className="quiet">
          <Trans>Not noted</Trans>
        </dd>
      )}
    </div>
  );
}

function CheckInAnswersList({ checkIn }: { checkIn: RelationalCheckIn }) {
  const f = checkIn.fields;
  const afterwards = afterwardsOption(f.afterwards);
  const { t } = useLingui();
  const word = useCoreWord();
  return (
    <dl className="meeting-words">
      <Answer
        question={t`How do I feel afterwards?`}
        answer={afterwards ? word(afterwardsWords[afterwards]) : null}
      />
      {checkInQualities.map((quality) => {
        const felt = f[quality];
        return (
          <Answer
            key={quality}
            question={word(qualityWords[quality])}
            answer={felt ? word(feltWords[felt]) : null}
          />
        );
      })}
      <Answer
        question={t`Did I abandon myself to keep the peace?`}
        answer={f.abandonedMyself ? word(abandonedWords[f.abandonedMyself]) : null}
      />
      <Answer
        question={t`Did I hold a boundary?`}
        answer={f.heldBoundary ? word(heldBoundaryWords[f.heldBoundary]) : null}
      />
      <div className="meeting-step">
        <dt>
          <Trans>A note</Trans>
        </dt>
        {f.note.trim() ? (
          <dd className="written-words">{f.note}</dd>
        ) : (
          <dd className="quiet">
            <Trans>Not noted</Trans>
          </dd>
        )}
      </div>
    </dl>
  );
}

function CheckInPage({ checkIn }: { checkIn: RelationalCheckIn }) {
  const { vault } = useApp();
  const { navigate } = useRouter();
  const relationship = useRelationship(checkIn.fields.relationshipId);
  const { t } = useLingui();
  const name = relationship?.fields.name ?? t`someone`;
  const back = relationship ? `/people/${relationship.id}` : '/people';

  const remove = async () => {
    await vault.remove(checkIn.id);
    navigate(back, { replace: true });
  };

  return (
    <Page title={t`Check-in with ${name}`} className="relationships check-in-page">
      <p className="lead">{formatDate(checkIn.fields.at)}</p>
      <div className="actions">
        <Link to={`/check-ins/${checkIn.id}/edit`} className="button primary">
          <Trans>Edit</Trans>
        </Link>
        <Link to={back} className="button">
          <Trans>Back to {name}</Trans>
        </Link>
      </div>
      <CheckInAnswersList checkIn={checkIn} />
      <Suspense fallback={null}>
        <ShareWithPractitioner objectId={checkIn.id} what={t`this check-in`} />
      </Suspense>
      <LetGoSection what={t`this check-in`} onDelete={remove}>
        <p>{removedEverywhere}</p>
      </LetGoSection>
    </Page>
  );
}

export function CheckInMissing() {
  const { t } = useLingui();
  return (
    <Page title={t`Check-in not found`}>
      <p>
        <Trans>This check-in is not in your vault on this device. It may have been deleted.</Trans>
      </p>
      <p>
        <Link to="/people">
          <Trans>Back to your people</Trans>
        </Link>
      </p>
    </Page>
  );
}

/** At /check-ins/:id: one check-in, every answer and the note, with a way to change or delete it. */
export function CheckInPageScreen({ id }: { id: string }) {
  const checkIn = useVaultObject(id, isCheckIn);
  return checkIn ? <CheckInPage checkIn={checkIn} /> : <CheckInMissing />;
}

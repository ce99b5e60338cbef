import { Trans, useLingui } from '@lingui/react/macro';
import {
  emptyCheckInAnswers,
  localDate,
  recordCheckIn,
  type CheckInAnswers,
  type Relationship,
} from '@tend/core';
import { useState } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useRouter } from '../../router/router.tsx';
import { Page } from '../../ui/Page.tsx';
import { useAction } from '../../ui/use-action.ts';
import { RelationshipMissing } from '../relationships/RelationshipMissing.tsx';
import { useRelationship } from '../../state/use-relationships.ts';
import { atOnDay } from './check-in-changes.ts';
import { CheckInForm } from './CheckInForm.tsx';
import '../parts/parts.css';
import '../relationships/relationships.css';
import './check-ins.css';

function NewCheckIn({ relationship }: { relationship: Relationship }) {
  const { vault, ports } = useApp();
  const { navigate } = useRouter();
  const [today] = useState(() => localDate(ports.clock.now()));
  const action = useAction();
  const { t } = useLingui();

  const submit = async (answers: CheckInAnswers, day: string) => {
    const at = atOnDay(day, ports.clock.now());
    const result = recordCheckIn(ports, { ...answers, at, relationshipId: relationship.id });
    if (!result.ok) return action.fail(t`This check-in could not be kept. Please look it over.`);
    if (!(await action.run(() => vault.save(result.checkIn)))) return;
    navigate(`/people/${relationship.id}`, { replace: true });
  };

  return (
    <CheckInForm
      initial={emptyCheckInAnswers}
      initialDay=""
      today={today}
      action={action}
      submitLabel={t`Save`}
      noteField={`check-in:${relationship.id}:note`}
      onSubmit={(answers, day) => void submit(answers, day)}
    />
  );
}

/** At /people/:id/check-in: a check-in after time with that person, every question optional. */
export function CheckInScreen({ id: relationshipId }: { id: string }) {
  const relationship = useRelationship(relationshipId);
  const { t } = useLingui();
  if (!relationship) return <RelationshipMissing />;
  const name = relationship.fields.name;
  return (
    <Page title={t`Check in: ${name}`} className="relationships">
      <p className="lead">
        <Trans>After time together, how was it? Answer any that fit, or none.</Trans>
      </p>
      <NewCheckIn relationship={relationship} />
    </Page>
  );
}

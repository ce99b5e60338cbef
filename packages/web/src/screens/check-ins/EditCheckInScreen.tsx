import { Trans, useLingui } from '@lingui/react/macro';
import { editCheckIn, isCheckIn, localDate, type CheckInAnswers, type RelationalCheckIn } from '@tend/core';
import { useState } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useRelationship } from '../../state/use-relationships.ts';
import { useVaultObject } from '../../state/use-vault-objects.ts';
import { Link, useRouter } from '../../router/router.tsx';
import { Page } from '../../ui/Page.tsx';
import { useAction } from '../../ui/use-action.ts';
import { answersOf, checkInChanges } from './check-in-changes.ts';
import { CheckInForm } from './CheckInForm.tsx';
import { CheckInMissing } from './CheckInPageScreen.tsx';
import '../parts/parts.css';
import '../relationships/relationships.css';
import './check-ins.css';

function EditCheckIn({ checkIn }: { checkIn: RelationalCheckIn }) {
  const { vault, ports } = useApp();
  const { navigate } = useRouter();
  const [today] = useState(() => localDate(ports.clock.now()));
  // The form starts from the check-in as it was when opened; only what changes from there is saved.
  const [opened] = useState(() => checkIn);
  const action = useAction();
  const { t } = useLingui();

  const submit = async (answers: CheckInAnswers, day: string) => {
    const result = editCheckIn(ports, checkIn, checkInChanges(opened, answers, day));
    if (!result.ok) return action.fail(t`This check-in could not be kept. Please look it over.`);
    if (!(await action.run(() => vault.save(result.checkIn)))) return;
    navigate(`/check-ins/${checkIn.id}`, { replace: true });
  };

  return (
    <CheckInForm
      initial={answersOf(opened)}
      initialDay={localDate(opened.fields.at)}
      today={today}
      action={action}
      submitLabel={t`Save changes`}
      isDayOpen
      noteField={`check-in:${checkIn.id}:note`}
      onSubmit={(answers, day) => void submit(answers, day)}
    />
  );
}

/** At /check-ins/:id/edit: the check-in's questions with the answers given, each one changeable. */
export function EditCheckInScreen({ id }: { id: string }) {
  const checkIn = useVaultObject(id, isCheckIn);
  const relationship = useRelationship(checkIn?.fields.relationshipId ?? '');
  const { t } = useLingui();
  if (!checkIn) return <CheckInMissing />;
  const name = relationship?.fields.name ?? t`someone`;
  return (
    <Page title={t`Edit check-in with ${name}`} className="relationships">
      <EditCheckIn checkIn={checkIn} />
      <p>
        <Link to={`/check-ins/${checkIn.id}`}>
          <Trans>Leave without changing</Trans>
        </Link>
      </p>
    </Page>
  );
}

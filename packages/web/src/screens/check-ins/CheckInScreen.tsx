import {
  abandonedMyselfAnswers,
  checkInQualities,
  emptyCheckInAnswers,
  feltScale,
  heldBoundaryAnswers,
  localDate,
  recordCheckIn,
  type CheckInAnswers,
  type Relationship,
  abandonedWords,
  afterwardsOption,
  afterwardsOptions,
  afterwardsWords,
  feltWords,
  heldBoundaryWords,
  qualityWords,
} from '@tend/core';
import { useState, type FormEvent } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useRouter } from '../../router/router.tsx';
import { InputField } from '../../ui/Field.tsx';
import { NoticedTextArea } from '../../noticing/NoticedFields.tsx';
import { FormFooter } from '../../ui/FormFooter.tsx';
import { Page } from '../../ui/Page.tsx';
import { useAction } from '../../ui/use-action.ts';
import { RelationshipMissing } from '../relationships/RelationshipMissing.tsx';
import { useRelationship } from '../../state/use-relationships.ts';
import { SegmentedChoice } from '../../ui/SegmentedChoice.tsx';
import '../parts/parts.css';
import '../relationships/relationships.css';
import './check-ins.css';

function CheckInForm({ relationship }: { relationship: Relationship }) {
  const { vault, ports } = useApp();
  const { navigate } = useRouter();
  const [answers, setAnswers] = useState<CheckInAnswers>(emptyCheckInAnswers);
  const [today] = useState(() => localDate(ports.clock.now()));
  const [day, setDay] = useState('');
  const action = useAction();
  const set = (changes: Partial<CheckInAnswers>) => setAnswers({ ...answers, ...changes });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // An earlier day is kept at its midday, so it stays on that calendar day in the person's time zone.
    const when = day && day !== today ? { at: new Date(`${day}T12:00:00`).getTime() } : {};
    const result = recordCheckIn(ports, { ...answers, ...when, relationshipId: relationship.id });
    if (!result.ok) return action.fail('This check-in could not be kept. Please look it over.');
    if (!(await action.run(() => vault.save(result.checkIn)))) return;
    navigate(`/people/${relationship.id}`, { replace: true });
  };

  return (
    <form className="check-in-form" onSubmit={(e) => void submit(e)} noValidate>
      <SegmentedChoice
        legend="How do I feel afterwards?"
        options={afterwardsOptions}
        words={afterwardsWords}
        value={afterwardsOption(answers.afterwards)}
        onValue={(v) => set({ afterwards: v === null ? null : Number(v) })}
      />
      {checkInQualities.map((quality) => (
        <SegmentedChoice
          key={quality}
          legend={qualityWords[quality]}
          options={feltScale}
          words={feltWords}
          value={answers[quality]}
          onValue={(v) => set({ [quality]: v })}
        />
      ))}
      <SegmentedChoice
        legend="Did I abandon myself to keep the peace?"
        options={abandonedMyselfAnswers}
        words={abandonedWords}
        value={answers.abandonedMyself}
        onValue={(abandonedMyself) => set({ abandonedMyself })}
      />
      <SegmentedChoice
        legend="Did I hold a boundary?"
        options={heldBoundaryAnswers}
        words={heldBoundaryWords}
        value={answers.heldBoundary}
        onValue={(heldBoundary) => set({ heldBoundary })}
      />
      <NoticedTextArea
        field={`check-in:${relationship.id}:note`}
        isGentle
        label="A note (optional)"
        rows={3}
        value={answers.note}
        onValue={(note) => set({ note })}
      />
      <details className="form-section">
        <summary>Was this on an earlier day?</summary>
        <InputField label="The day we were together" type="date" max={today} value={day} onValue={setDay} />
      </details>
      <FormFooter action={action} label="Save" busyLabel="Saving…" isSticky />
    </form>
  );
}

/** A check-in after time with someone: every question optional, "Save" works with nothing filled in. */
/** At /people/:id/check-in: a check-in after time with that person. */
export function CheckInScreen({ id: relationshipId }: { id: string }) {
  const relationship = useRelationship(relationshipId);
  if (!relationship) return <RelationshipMissing />;
  return (
    <Page title={`Check in: ${relationship.fields.name}`} className="relationships">
      <p className="lead">After time together, how was it? Answer any that fit, or none.</p>
      <CheckInForm relationship={relationship} />
    </Page>
  );
}

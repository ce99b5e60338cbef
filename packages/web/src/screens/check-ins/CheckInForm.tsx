import {
  abandonedMyselfAnswers,
  checkInQualities,
  feltScale,
  heldBoundaryAnswers,
  type CheckInAnswers,
  abandonedWords,
  afterwardsOption,
  afterwardsOptions,
  afterwardsWords,
  feltWords,
  heldBoundaryWords,
  qualityWords,
} from '@tend/core';
import { useState, type FormEvent } from 'react';
import { NoticedTextArea } from '../../noticing/NoticedFields.tsx';
import { InputField } from '../../ui/Field.tsx';
import { FormFooter } from '../../ui/FormFooter.tsx';
import { SegmentedChoice } from '../../ui/SegmentedChoice.tsx';
import type { ActionState } from '../../ui/use-action.ts';

interface CheckInFormProps {
  readonly initial: CheckInAnswers;
  /** The day as YYYY-MM-DD, or empty for today. */
  readonly initialDay: string;
  readonly today: string;
  readonly action: ActionState;
  readonly submitLabel: string;
  /** Whether the day is shown open (editing a kept check-in) or tucked away (a new one, usually today). */
  readonly isDayOpen?: boolean;
  /** Which note this is, for what the person dismissed in its noticings. */
  readonly noteField: string;
  readonly onSubmit: (answers: CheckInAnswers, day: string) => void;
}

/** Every question of a check-in, each optional; used to write a new one and to change a kept one. */
export function CheckInForm(props: CheckInFormProps) {
  const [answers, setAnswers] = useState<CheckInAnswers>(props.initial);
  const [day, setDay] = useState(props.initialDay);
  const set = (changes: Partial<CheckInAnswers>) => setAnswers({ ...answers, ...changes });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit(answers, day);
  };
  const dayField = (
    <InputField label="The day we were together" type="date" max={props.today} value={day} onValue={setDay} />
  );

  return (
    <form className="check-in-form" onSubmit={submit} noValidate>
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
        field={props.noteField}
        isGentle
        label="A note (optional)"
        rows={3}
        value={answers.note}
        onValue={(note) => set({ note })}
      />
      {props.isDayOpen ? (
        dayField
      ) : (
        <details className="form-section">
          <summary>Was this on an earlier day?</summary>
          {dayField}
        </details>
      )}
      <FormFooter action={props.action} label={props.submitLabel} busyLabel="Saving…" isSticky />
    </form>
  );
}

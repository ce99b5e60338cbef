import { Trans, useLingui } from '@lingui/react/macro';
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
import { useCoreWord } from '../../i18n/core-words.ts';
import { inWords } from '../../i18n/core-word-table.ts';
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
  const { t } = useLingui();
  const word = useCoreWord();
  const set = (changes: Partial<CheckInAnswers>) => setAnswers({ ...answers, ...changes });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit(answers, day);
  };
  const dayField = (
    <InputField
      label={t`The day we were together`}
      type="date"
      max={props.today}
      value={day}
      onValue={setDay}
    />
  );

  return (
    <form className="check-in-form" onSubmit={submit} noValidate>
      <SegmentedChoice
        legend={t`How do I feel afterwards?`}
        options={afterwardsOptions}
        words={inWords(afterwardsWords, word)}
        value={afterwardsOption(answers.afterwards)}
        onValue={(v) => set({ afterwards: v === null ? null : Number(v) })}
      />
      {checkInQualities.map((quality) => (
        <SegmentedChoice
          key={quality}
          legend={word(qualityWords[quality])}
          options={feltScale}
          words={inWords(feltWords, word)}
          value={answers[quality]}
          onValue={(v) => set({ [quality]: v })}
        />
      ))}
      <SegmentedChoice
        legend={t`Did I abandon myself to keep the peace?`}
        options={abandonedMyselfAnswers}
        words={inWords(abandonedWords, word)}
        value={answers.abandonedMyself}
        onValue={(abandonedMyself) => set({ abandonedMyself })}
      />
      <SegmentedChoice
        legend={t`Did I hold a boundary?`}
        options={heldBoundaryAnswers}
        words={inWords(heldBoundaryWords, word)}
        value={answers.heldBoundary}
        onValue={(heldBoundary) => set({ heldBoundary })}
      />
      <NoticedTextArea
        field={props.noteField}
        isGentle
        label={t`A note (optional)`}
        rows={3}
        value={answers.note}
        onValue={(note) => set({ note })}
      />
      {props.isDayOpen ? (
        dayField
      ) : (
        <details className="form-section">
          <summary>
            <Trans>Was this on an earlier day?</Trans>
          </summary>
          {dayField}
        </details>
      )}
      <FormFooter action={props.action} label={props.submitLabel} busyLabel={t`Saving…`} isSticky />
    </form>
  );
}

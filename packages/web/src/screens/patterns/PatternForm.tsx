import { useLingui } from '@lingui/react/macro';
import type { PatternFields } from '@tend/core';
import { useId, useState, type FormEvent } from 'react';
import { NoticedTextArea } from '../../noticing/NoticedFields.tsx';
import { FormFooter } from '../../ui/FormFooter.tsx';
import type { ActionState } from '../../ui/use-action.ts';

interface PatternFormProps {
  readonly initial: PatternFields;
  readonly submitLabel: string;
  readonly action: ActionState;
  readonly onSubmit: (values: PatternFields) => Promise<boolean>;
}

export const emptyPattern: PatternFields = { when: '', usually: '', practising: '' };

/** The three blanks of a pattern; any one is enough to begin. */
export function PatternForm({ initial, submitLabel, action, onSubmit }: PatternFormProps) {
  const [values, setValues] = useState(initial);
  const form = `pattern:${useId()}`;
  const { t } = useLingui();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await onSubmit(values)) setValues(initial);
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <NoticedTextArea
        field={`${form}:when`}
        label={t`When…`}
        rows={2}
        value={values.when}
        onValue={(when) => setValues({ ...values, when })}
      />
      <NoticedTextArea
        field={`${form}:usually`}
        label={t`I usually…`}
        rows={2}
        value={values.usually}
        onValue={(usually) => setValues({ ...values, usually })}
      />
      <NoticedTextArea
        field={`${form}:practising`}
        label={t`What I'm practising instead is…`}
        rows={2}
        value={values.practising}
        onValue={(practising) => setValues({ ...values, practising })}
      />
      <FormFooter action={action} label={submitLabel} />
    </form>
  );
}

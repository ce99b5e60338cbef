import { Trans } from '@lingui/react/macro';
import { useCoreWord } from '../../i18n/core-words.ts';
import { safetyPlanCopy, safetyPlanSteps, type SafetyPlanDraft, type SafetyPlanFields } from '@tend/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { TextAreaField } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Notice.tsx';

interface SafetyPlanFormProps {
  readonly plan: SafetyPlanFields;
  readonly isSaving: boolean;
  readonly problem: string | null;
  readonly onSave: (draft: SafetyPlanDraft) => void;
  readonly onCancel: () => void;
}

const linesOf = (items: readonly string[]) => items.join('\n');

/** Every step as a few lines of the person's own words, one item a line. */
export function SafetyPlanForm({ plan, isSaving, problem, onSave, onCancel }: SafetyPlanFormProps) {
  const word = useCoreWord();
  const [texts, setTexts] = useState(() =>
    Object.fromEntries(safetyPlanSteps.map((step) => [step, linesOf(plan[step])])),
  );
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector('textarea')?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const draft: { -readonly [K in keyof SafetyPlanDraft]: SafetyPlanDraft[K] } = {};
    for (const step of safetyPlanSteps) draft[step] = (texts[step] ?? '').split('\n');
    onSave(draft);
  };

  return (
    <form className="plan-form" onSubmit={submit} ref={form} noValidate>
      <p className="quiet">
        <Trans>One item a line. Any step can stay empty until you are ready.</Trans>
      </p>
      {safetyPlanSteps.map((step) => (
        <TextAreaField
          key={step}
          label={word(safetyPlanCopy[step].title)}
          hint={word(safetyPlanCopy[step].prompt)}
          rows={3}
          value={texts[step] ?? ''}
          onValue={(text) => setTexts((t) => ({ ...t, [step]: text }))}
        />
      ))}
      <Notice tone="problem">{problem}</Notice>
      <div className="actions">
        <button type="submit" className="primary" disabled={isSaving}>
          <Trans>Save my safety plan</Trans>
        </button>
        <button type="button" onClick={onCancel}>
          <Trans>Cancel</Trans>
        </button>
      </div>
    </form>
  );
}

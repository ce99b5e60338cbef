import { Trans, useLingui } from '@lingui/react/macro';
import { resourceTypes, type ResourceFields, type ResourceType, resourceTypeWords } from '@tend/core';
import { useState, type FormEvent } from 'react';
import { InputField, TextAreaField } from '../../ui/Field.tsx';
import { FormFooter } from '../../ui/FormFooter.tsx';
import type { ActionState } from '../../ui/use-action.ts';
import { useCoreWord } from '../../i18n/core-words.ts';

export type ResourceFormValues = Pick<ResourceFields, 'type' | 'name' | 'reach' | 'notes'>;

interface ResourceFormProps {
  readonly initial: ResourceFormValues;
  readonly submitLabel: string;
  readonly action: ActionState;
  readonly onSubmit: (values: ResourceFormValues) => Promise<boolean>;
  readonly onCancel?: () => void;
}

const asType = (value: string): ResourceType => resourceTypes.find((type) => type === value) ?? 'person';

export const emptyResource: ResourceFormValues = { type: 'person', name: '', reach: '', notes: '' };

/** Adds or edits one resource; only a name is needed, the rest can come later. */
export function ResourceForm({ initial, submitLabel, action, onSubmit, onCancel }: ResourceFormProps) {
  const [values, setValues] = useState(initial);
  const { t } = useLingui();
  const word = useCoreWord();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await onSubmit(values)) setValues(emptyResource);
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="resource-form">
      <div className="field">
        <label htmlFor="resource-type">
          <Trans>Kind</Trans>
        </label>
        <select
          id="resource-type"
          value={values.type}
          onChange={(e) => setValues({ ...values, type: asType(e.target.value) })}
        >
          {resourceTypes.map((type) => (
            <option key={type} value={type}>
              {word(resourceTypeWords[type])}
            </option>
          ))}
        </select>
      </div>
      <InputField label={t`Name`} value={values.name} onValue={(name) => setValues({ ...values, name })} />
      <InputField
        label={t`How to reach or use it`}
        hint={t`A number, an address, or a few words. Optional.`}
        value={values.reach}
        onValue={(reach) => setValues({ ...values, reach })}
      />
      <TextAreaField
        label={t`Notes`}
        rows={2}
        value={values.notes}
        onValue={(notes) => setValues({ ...values, notes })}
      />
      <FormFooter action={action} label={submitLabel} />
      {onCancel ? (
        <button type="button" onClick={onCancel}>
          <Trans>Cancel</Trans>
        </button>
      ) : null}
    </form>
  );
}

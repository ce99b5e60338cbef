import { Trans, useLingui } from '@lingui/react/macro';
import {
  partOrigins,
  partRoles,
  roleMeanings,
  partStates,
  type PartOrigin,
  type PartRole,
  type PartState,
  originWords,
  partFieldWords,
  partRoleWords,
  partStateWords,
} from '@tend/core';
import { useId, type FormEvent } from 'react';
import { CheckboxField, InputField } from '../../ui/Field.tsx';
import { NoticedInput, NoticedTextArea } from '../../noticing/NoticedFields.tsx';
import { FormFooter } from '../../ui/FormFooter.tsx';
import { ChoiceGroup } from '../../ui/ChoiceGroup.tsx';
import { Meaning } from '../../ui/Meaning.tsx';
import { useCoreWord } from '../../i18n/core-words.ts';
import { inWords } from '../../i18n/core-word-table.ts';

/** What the form holds: the person's words and choices, every one but the name optional. */
export interface PartFormValues {
  readonly name: string;
  readonly description: string;
  readonly feels: string;
  readonly needs: string;
  readonly fearsIfStopped: string;
  readonly protects: string;
  readonly bodyPlace: string;
  readonly feltAge: string;
  readonly colourOrSymbol: string;
  readonly origins: readonly PartOrigin[];
  readonly role: PartRole | null;
  readonly state: PartState | null;
}

export const emptyPartForm: PartFormValues = {
  name: '',
  description: '',
  feels: '',
  needs: '',
  fearsIfStopped: '',
  protects: '',
  bodyPlace: '',
  feltAge: '',
  colourOrSymbol: '',
  origins: [],
  role: null,
  state: null,
};

interface PartFormProps {
  readonly values: PartFormValues;
  readonly onValues: (values: PartFormValues) => void;
  readonly onSave: () => void;
  readonly action: { readonly busy: boolean; readonly problem: string | null };
  readonly saveLabel: string;
}

const longFields = ['description', 'feels', 'needs', 'fearsIfStopped', 'protects'] as const;
const shortFields = ['bodyPlace', 'feltAge', 'colourOrSymbol'] as const;

/** A calm form in small sections: only the name is needed; the rest can come now, later, or never. */
export function PartForm({ values, onValues, onSave, action, saveLabel }: PartFormProps) {
  const set = (changes: Partial<PartFormValues>) => onValues({ ...values, ...changes });
  const form = `part:${useId()}`;
  const { t } = useLingui();
  const word = useCoreWord();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave();
  };
  const toggleOrigin = (origin: PartOrigin, isOn: boolean) =>
    set({ origins: isOn ? [...values.origins, origin] : values.origins.filter((o) => o !== origin) });

  return (
    <form className="part-form" onSubmit={submit} noValidate>
      <InputField
        label={t`Name`}
        hint={t`In your own words, for example “the one who waits by the door”.`}
        value={values.name}
        maxLength={200}
        required
        onValue={(name) => set({ name })}
      />
      <details className="form-section">
        <summary>
          <Trans>About this part</Trans>
        </summary>
        {longFields.map((field) => (
          <NoticedTextArea
            key={field}
            field={`${form}:${field}`}
            label={word(partFieldWords[field])}
            rows={3}
            value={values[field]}
            onValue={(text) => set({ [field]: text })}
          />
        ))}
      </details>
      <details className="form-section">
        <summary>
          <Trans>Body, age and a symbol</Trans>
        </summary>
        {shortFields.map((field) => (
          <NoticedInput
            key={field}
            field={`${form}:${field}`}
            label={word(partFieldWords[field])}
            value={values[field]}
            maxLength={200}
            onValue={(text) => set({ [field]: text })}
          />
        ))}
      </details>
      <details className="form-section">
        <summary>
          <Trans>How it came to be</Trans>
        </summary>
        <fieldset className="choices">
          <legend>
            <Trans>What it formed through (any that fit)</Trans>
          </legend>
          {partOrigins.map((origin) => (
            <CheckboxField
              key={origin}
              label={word(originWords[origin])}
              checked={values.origins.includes(origin)}
              onChecked={(isOn) => toggleOrigin(origin, isOn)}
            />
          ))}
        </fieldset>
        <ChoiceGroup
          legend={t`A parts-work role, if that language helps`}
          name="role"
          options={partRoles}
          words={inWords(partRoleWords, word)}
          value={values.role}
          onValue={(role) => set({ role })}
        />
        <Meaning question={t`What do these roles mean?`}>
          <dl>
            {partRoles.map((role) => (
              <div key={role}>
                <dt>{word(partRoleWords[role])}</dt>
                <dd>{word(roleMeanings[role])}</dd>
              </div>
            ))}
          </dl>
        </Meaning>
      </details>
      <ChoiceGroup
        legend={t`How present it has been lately`}
        name="state"
        options={partStates}
        words={inWords(partStateWords, word)}
        value={values.state}
        onValue={(state) => set({ state })}
      />
      <FormFooter action={action} label={saveLabel} busyLabel={t`Saving…`} />
    </form>
  );
}

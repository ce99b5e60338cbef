import { Trans, useLingui } from '@lingui/react/macro';
import { useCoreWord } from '../../i18n/core-words.ts';
import { inLanguage } from './relationship-words.ts';
import {
  relationshipPaths,
  relationshipTypes,
  type RelationshipAbout,
  type RelationshipPath,
  partName,
  pathWords,
  relationshipTypeWords,
} from '@tend/core';
import type { FormEvent } from 'react';
import { CheckboxField, InputField } from '../../ui/Field.tsx';
import { FormFooter } from '../../ui/FormFooter.tsx';
import { ChoiceGroup } from '../../ui/ChoiceGroup.tsx';
import { useParts } from '../../state/use-parts.ts';
import { FearsFieldset } from './FearsFieldset.tsx';
import { RolesFieldset } from './RolesFieldset.tsx';

export type RelationshipFormValues = RelationshipAbout & { readonly path: RelationshipPath | null };

export const emptyRelationshipForm: RelationshipFormValues = {
  name: '',
  type: null,
  roles: [],
  fears: [],
  partIds: [],
  path: null,
};

interface RelationshipFormProps {
  readonly values: RelationshipFormValues;
  readonly onValues: (values: RelationshipFormValues) => void;
  readonly onSave: () => void;
  readonly action: { readonly busy: boolean; readonly problem: string | null };
  readonly saveLabel: string;
  /** The path is chosen here only for a new relationship; later changes keep their history. */
  readonly isAskingPath: boolean;
}

/** Only the name is needed; roles, fears and parts sit in sections that can stay closed. */
export function RelationshipForm(props: RelationshipFormProps) {
  const { values, onValues, onSave, action, saveLabel, isAskingPath } = props;
  const { t } = useLingui();
  const word = useCoreWord();
  const parts = useParts().filter((p) => !p.fields.archived || values.partIds.includes(p.id));
  const set = (changes: Partial<RelationshipFormValues>) => onValues({ ...values, ...changes });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave();
  };
  const togglePart = (id: string, isOn: boolean) =>
    set({ partIds: isOn ? [...values.partIds, id] : values.partIds.filter((p) => p !== id) });

  return (
    <form className="relationship-form" onSubmit={submit} noValidate>
      <InputField
        label={t`Name`}
        hint={t`A person or a group, in the words you use for them.`}
        value={values.name}
        maxLength={200}
        required
        onValue={(name) => set({ name })}
      />
      <details className="form-section">
        <summary>
          <Trans>Kind of relationship</Trans>
        </summary>
        <ChoiceGroup
          legend={t`This relationship is with`}
          name="type"
          options={relationshipTypes}
          words={inLanguage(relationshipTypeWords, word)}
          value={values.type}
          onValue={(type) => set({ type })}
        />
      </details>
      <details className="form-section">
        <summary>
          <Trans>Roles and fears</Trans>
        </summary>
        <RolesFieldset roles={values.roles} onRoles={(roles) => set({ roles })} />
        <FearsFieldset fears={values.fears} onFears={(fears) => set({ fears })} />
      </details>
      <details className="form-section">
        <summary>
          <Trans>Parts that show up with them</Trans>
        </summary>
        {parts.length ? (
          <fieldset className="choices">
            <legend>
              <Trans>Parts (any that fit)</Trans>
            </legend>
            {parts.map((part) => (
              <CheckboxField
                key={part.id}
                label={partName(part)}
                checked={values.partIds.includes(part.id)}
                onChecked={(isOn) => togglePart(part.id, isOn)}
              />
            ))}
          </fieldset>
        ) : (
          <p className="empty">
            <Trans>No parts named yet. You can name parts on the Parts page.</Trans>
          </p>
        )}
      </details>
      {isAskingPath ? (
        <ChoiceGroup
          legend={t`The path I see now`}
          name="path"
          options={relationshipPaths}
          words={inLanguage(pathWords, word)}
          value={values.path}
          onValue={(path) => set({ path })}
        />
      ) : null}
      <FormFooter action={action} label={saveLabel} busyLabel={t`Saving…`} />
    </form>
  );
}

import { Trans, useLingui } from '@lingui/react/macro';
import { useCoreWord } from '../../i18n/core-words.ts';
import { useId } from 'react';
import { type RoleIPlay, playedRoleWords } from '@tend/core';
import { CheckboxField } from '../../ui/Field.tsx';
import { NoticedInput } from '../../noticing/NoticedFields.tsx';
import { inSentence } from './relationship-words.ts';

interface RolesFieldsetProps {
  readonly roles: readonly RoleIPlay[];
  readonly onRoles: (roles: readonly RoleIPlay[]) => void;
}

const namedRoles = Object.keys(playedRoleWords) as readonly (keyof typeof playedRoleWords)[];

/** Roles I have played, named or in my own words, each of which I may be putting down. */
export function RolesFieldset({ roles, onRoles }: RolesFieldsetProps) {
  const form = `relationship:${useId()}`;
  const { i18n, t } = useLingui();
  const word = useCoreWord();
  const replace = (index: number, role: RoleIPlay | null) =>
    onRoles(role ? roles.map((r, i) => (i === index ? role : r)) : roles.filter((_, i) => i !== index));
  const toggle = (role: keyof typeof playedRoleWords, isOn: boolean) =>
    onRoles(
      isOn ? [...roles, { role, words: '', puttingDown: false }] : roles.filter((r) => r.role !== role),
    );

  return (
    <fieldset className="choices">
      <legend>
        <Trans>Roles I have played</Trans>
      </legend>
      {namedRoles.map((name) => {
        const index = roles.findIndex((r) => r.role === name);
        const role = roles[index];
        const roleName = word(playedRoleWords[name]);
        const roleInSentence = inSentence(roleName, i18n.locale);
        return (
          <div key={name} className="role-choice">
            <CheckboxField label={roleName} checked={Boolean(role)} onChecked={(on) => toggle(name, on)} />
            {role ? (
              <div className="nested">
                <CheckboxField
                  label={t`I am putting down ${roleInSentence}`}
                  checked={role.puttingDown}
                  onChecked={(puttingDown) => replace(index, { ...role, puttingDown })}
                />
              </div>
            ) : null}
          </div>
        );
      })}
      {roles.map((role, index) =>
        role.role === 'own-words' ? (
          <div key={index} className="own-words">
            <NoticedInput
              field={`${form}:role:${index}`}
              label={t`A role in my own words`}
              value={role.words}
              maxLength={500}
              onValue={(words) => replace(index, { ...role, words })}
            />
            <CheckboxField
              label={t`I am putting this role down`}
              checked={role.puttingDown}
              onChecked={(puttingDown) => replace(index, { ...role, puttingDown })}
            />
            <button type="button" onClick={() => replace(index, null)}>
              <Trans>Take this role off the list</Trans>
            </button>
          </div>
        ) : null,
      )}
      <button
        type="button"
        onClick={() => onRoles([...roles, { role: 'own-words', words: '', puttingDown: false }])}
      >
        <Trans>Add a role in my own words</Trans>
      </button>
    </fieldset>
  );
}

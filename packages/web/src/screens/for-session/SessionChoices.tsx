import { Trans, useLingui } from '@lingui/react/macro';
import { sessionKinds, type ReadableDocument, type SessionChoice, type VaultObject } from '@tend/core';
import { CheckboxField, InputField } from '../../ui/Field.tsx';
import { kindWords, toggled } from './session-choice.ts';

interface SessionChoicesProps {
  readonly choice: SessionChoice;
  readonly onChoice: (choice: SessionChoice) => void;
  /** Every item the span and the additions bring, each of which can be taken out. */
  readonly candidates: readonly ReadableDocument[];
  /** Parts and relationships, which have no day of their own and are added by name. */
  readonly named: readonly { readonly object: VaultObject; readonly name: string }[];
  /** Whether a "Bring to session" list has anything on it. */
  readonly hasLists: boolean;
}

/** What goes on the page: a span of days and kinds, items taken out one by one, parts and people added. */
export function SessionChoices({ choice, onChoice, candidates, named, hasLists }: SessionChoicesProps) {
  const set = (changes: Partial<SessionChoice>) => onChoice({ ...choice, ...changes });
  const { i18n, t } = useLingui();
  const itemCount = candidates.length - choice.leftOut.length;
  return (
    <div className="session-choices no-print">
      <div className="session-dates">
        <InputField
          label={t`From`}
          type="date"
          value={choice.from ?? ''}
          onValue={(v) => set({ from: v || null })}
        />
        <InputField
          label={t`To`}
          type="date"
          value={choice.to ?? ''}
          onValue={(v) => set({ to: v || null })}
        />
      </div>
      <fieldset className="choices">
        <legend>
          <Trans>What happened in those days</Trans>
        </legend>
        {sessionKinds.map((kind) => (
          <CheckboxField
            key={kind}
            label={i18n._(kindWords[kind])}
            checked={choice.kinds.includes(kind)}
            onChecked={(isOn) => set({ kinds: toggled(choice.kinds, kind, isOn) })}
          />
        ))}
      </fieldset>
      {hasLists ? (
        <CheckboxField
          label={t`My list from Bring to session`}
          checked={choice.withLists}
          onChecked={(isOn) => set({ withLists: isOn })}
        />
      ) : null}
      {named.length ? (
        <fieldset className="choices">
          <legend>
            <Trans>Parts and people to add</Trans>
          </legend>
          {named.map(({ object, name }) => (
            <CheckboxField
              key={object.id}
              label={name}
              checked={choice.ids.includes(object.id)}
              onChecked={(isOn) => set({ ids: toggled(choice.ids, object.id, isOn) })}
            />
          ))}
        </fieldset>
      ) : null}
      {candidates.length ? (
        <details className="session-items">
          <summary>
            <Trans>Items on the page ({itemCount})</Trans>
          </summary>
          {candidates.map((doc) => (
            <CheckboxField
              key={doc.id}
              label={doc.title}
              checked={!choice.leftOut.includes(doc.id)}
              onChecked={(isOn) => set({ leftOut: toggled(choice.leftOut, doc.id, !isOn) })}
            />
          ))}
        </details>
      ) : null}
    </div>
  );
}

import { Trans } from '@lingui/react/macro';
import { type Part, originWords, partFieldWords, partRoleWords } from '@tend/core';
import { useCoreWord } from '../../i18n/core-words.ts';

const shown = [
  'description',
  'feels',
  'needs',
  'fearsIfStopped',
  'protects',
  'bodyPlace',
  'feltAge',
  'colourOrSymbol',
] as const;

/** What the person has written about a part; empty fields are simply not shown. */
export function PartDetails({ part }: { part: Part }) {
  const { fields } = part;
  const word = useCoreWord();
  const rows = shown.filter((field) => fields[field].trim());
  const hasAny = rows.length > 0 || fields.origins.length > 0 || fields.role !== null;
  if (!hasAny)
    return (
      <p className="quiet">
        <Trans>Nothing more written about this part yet. There is no hurry.</Trans>
      </p>
    );
  return (
    <dl className="part-details">
      {rows.map((field) => (
        <div key={field}>
          <dt>{word(partFieldWords[field])}</dt>
          <dd>{fields[field]}</dd>
        </div>
      ))}
      {fields.origins.length ? (
        <div>
          <dt>
            <Trans>Formed through</Trans>
          </dt>
          <dd>{fields.origins.map((o) => word(originWords[o])).join(', ')}</dd>
        </div>
      ) : null}
      {fields.role ? (
        <div>
          <dt>
            <Trans>Role</Trans>
          </dt>
          <dd>{word(partRoleWords[fields.role])}</dd>
        </div>
      ) : null}
    </dl>
  );
}

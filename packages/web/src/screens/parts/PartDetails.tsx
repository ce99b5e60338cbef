import { type Part, originWords, partFieldWords, partRoleWords } from '@tend/core';

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
  const rows = shown.filter((field) => fields[field].trim());
  const hasAny = rows.length > 0 || fields.origins.length > 0 || fields.role !== null;
  if (!hasAny) return <p className="quiet">Nothing more written about this part yet. There is no hurry.</p>;
  return (
    <dl className="part-details">
      {rows.map((field) => (
        <div key={field}>
          <dt>{partFieldWords[field]}</dt>
          <dd>{fields[field]}</dd>
        </div>
      ))}
      {fields.origins.length ? (
        <div>
          <dt>Formed through</dt>
          <dd>{fields.origins.map((o) => originWords[o]).join(', ')}</dd>
        </div>
      ) : null}
      {fields.role ? (
        <div>
          <dt>Role</dt>
          <dd>{partRoleWords[fields.role]}</dd>
        </div>
      ) : null}
    </dl>
  );
}

import { Trans, useLingui } from '@lingui/react/macro';
import {
  addBoundary,
  editBoundary,
  relationshipBoundaries,
  removeBoundary,
  type BoundaryEntry,
  type Relationship,
  type RelationshipResult,
} from '@tend/core';
import { useState, type FormEvent } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { NoticedInput } from '../../noticing/NoticedFields.tsx';
import { FormFooter } from '../../ui/FormFooter.tsx';
import { useAction } from '../../ui/use-action.ts';
import { describeRelationshipProblems, formatDate } from './relationship-words.ts';

type Keep = (result: RelationshipResult) => Promise<boolean>;

function useKeep() {
  const { vault } = useApp();
  const action = useAction();
  const keep: Keep = async (result) => {
    if (!result.ok) {
      action.fail(describeRelationshipProblems(result.problems));
      return false;
    }
    return action.run(() => vault.save(result.relationship));
  };
  return { action, keep };
}

function BoundaryItem({ relationship, boundary }: { relationship: Relationship; boundary: BoundaryEntry }) {
  const { ports } = useApp();
  const { t } = useLingui();
  const { action, keep } = useKeep();
  const [text, setText] = useState<string | null>(null);
  const since = formatDate(boundary.at);
  const boundaryText = boundary.text;
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (await keep(editBoundary(ports, relationship, boundary.id, text ?? boundary.text))) setText(null);
  };
  if (text === null)
    return (
      <li className="boundary">
        <span>{boundary.text}</span>
        <span className="quiet">
          {' · '}
          <Trans>since {since}</Trans>
        </span>
        <div className="actions">
          <button
            type="button"
            onClick={() => setText(boundary.text)}
            aria-label={t`Reword: ${boundaryText}`}
          >
            <Trans>Reword</Trans>
          </button>
          <button
            type="button"
            onClick={() => void keep(removeBoundary(ports, relationship, boundary.id))}
            aria-label={t`Take off the list: ${boundaryText}`}
          >
            <Trans>Take off the list</Trans>
          </button>
        </div>
      </li>
    );
  return (
    <li className="boundary">
      <form onSubmit={(e) => void save(e)} noValidate>
        <NoticedInput
          field={`boundary:${boundary.id}`}
          label={t`This boundary`}
          value={text}
          maxLength={2000}
          onValue={setText}
        />
        <FormFooter action={action} label={t`Save boundary`} busyLabel={t`Saving…`} />
        <button type="button" onClick={() => setText(null)}>
          <Trans>Keep it as it was</Trans>
        </button>
      </form>
    </li>
  );
}

/** Boundaries I am practising with this person: add, reword, take off the list. */
export function BoundariesSection({ relationship }: { relationship: Relationship }) {
  const { ports } = useApp();
  const { t } = useLingui();
  const { action, keep } = useKeep();
  const [text, setText] = useState('');
  const boundaries = relationshipBoundaries(relationship);
  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (await keep(addBoundary(ports, relationship, text))) setText('');
  };
  return (
    <section aria-labelledby="boundaries-heading">
      <h2 id="boundaries-heading">
        <Trans>Boundaries I am practising</Trans>
      </h2>
      {boundaries.length ? (
        <ul className="plain-list boundaries">
          {boundaries.map((b) => (
            <BoundaryItem key={b.id} relationship={relationship} boundary={b} />
          ))}
        </ul>
      ) : (
        <p className="empty">
          <Trans>None yet. A boundary can be small, like taking a moment before answering.</Trans>
        </p>
      )}
      <form onSubmit={(e) => void add(e)} noValidate>
        <NoticedInput
          field={`boundary:${relationship.id}:new`}
          label={t`A boundary I am practising`}
          value={text}
          maxLength={2000}
          onValue={setText}
        />
        <FormFooter action={action} label={t`Add boundary`} busyLabel={t`Saving…`} variant="plain" />
      </form>
    </section>
  );
}

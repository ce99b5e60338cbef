import {
  changePath,
  pathHistory,
  relationshipPaths,
  type Relationship,
  type RelationshipPath,
  pathWords,
} from '@tend/core';
import { useState, type FormEvent } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { NoticedTextArea } from '../../noticing/NoticedFields.tsx';
import { FormFooter } from '../../ui/FormFooter.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';
import { ChoiceGroup } from '../../ui/ChoiceGroup.tsx';
import { describeRelationshipProblems, formatDate } from './relationship-words.ts';

/** The path I see now, a way to record a new one, and every earlier one, dated. */
export function PathSection({ relationship }: { relationship: Relationship }) {
  const { vault, ports } = useApp();
  const history = pathHistory(relationship);
  const current = history.at(-1)?.path ?? null;
  const [path, setPath] = useState<RelationshipPath | null>(null);
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);
  const action = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (!path) return action.fail('Would you like to choose a path first?');
    const result = changePath(ports, relationship, path, { note });
    if (!result.ok) return action.fail(describeRelationshipProblems(result.problems));
    if (!(await action.run(() => vault.save(result.relationship)))) return;
    setPath(null);
    setNote('');
    setSaved(true);
  };

  return (
    <section aria-labelledby="path-heading">
      <h2 id="path-heading">The path I see now</h2>
      <p>{current ? pathWords[current] : 'Not chosen yet.'}</p>
      {history.length ? (
        <>
          <h3>How the path has changed</h3>
          <ol className="plain-list path-history">
            {history.map((entry) => (
              <li key={entry.id}>
                {formatDate(entry.at)}: {pathWords[entry.path]}
                {entry.note ? <span className="quiet"> · {entry.note}</span> : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <details className="form-section">
        <summary>Change the path</summary>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <ChoiceGroup
            legend="The path I see now"
            name="new-path"
            options={relationshipPaths.filter((p) => p !== current)}
            words={pathWords}
            value={path}
            onValue={setPath}
            canClear={false}
          />
          <NoticedTextArea
            field={`path:${relationship.id}`}
            label="What moved (optional)"
            rows={2}
            value={note}
            onValue={setNote}
          />
          <FormFooter action={action} label="Save path" busyLabel="Saving…" />
        </form>
      </details>
      <Notice tone="success">
        {saved ? 'The path is saved, and the earlier one stays in its history.' : null}
      </Notice>
    </section>
  );
}

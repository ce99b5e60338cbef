import { Trans, useLingui } from '@lingui/react/macro';
import { useCoreWord } from '../../i18n/core-words.ts';
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
import { describeRelationshipProblems, formatDate, inLanguage } from './relationship-words.ts';

/** The path I see now, a way to record a new one, and every earlier one, dated. */
export function PathSection({ relationship }: { relationship: Relationship }) {
  const { vault, ports } = useApp();
  const { t } = useLingui();
  const word = useCoreWord();
  const history = pathHistory(relationship);
  const current = history.at(-1)?.path ?? null;
  const [path, setPath] = useState<RelationshipPath | null>(null);
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);
  const action = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (!path) return action.fail(t`Would you like to choose a path first?`);
    const result = changePath(ports, relationship, path, { note });
    if (!result.ok) return action.fail(describeRelationshipProblems(result.problems));
    if (!(await action.run(() => vault.save(result.relationship)))) return;
    setPath(null);
    setNote('');
    setSaved(true);
  };

  return (
    <section aria-labelledby="path-heading">
      <h2 id="path-heading">
        <Trans>The path I see now</Trans>
      </h2>
      <p>{current ? word(pathWords[current]) : t`Not chosen yet.`}</p>
      {history.length ? (
        <>
          <h3>
            <Trans>How the path has changed</Trans>
          </h3>
          <ol className="plain-list path-history">
            {history.map((entry) => (
              <li key={entry.id}>
                {formatDate(entry.at)}: {word(pathWords[entry.path])}
                {entry.note ? <span className="quiet"> · {entry.note}</span> : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <details className="form-section">
        <summary>
          <Trans>Change the path</Trans>
        </summary>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <ChoiceGroup
            legend={t`The path I see now`}
            name="new-path"
            options={relationshipPaths.filter((p) => p !== current)}
            words={inLanguage(pathWords, word)}
            value={path}
            onValue={setPath}
            canClear={false}
          />
          <NoticedTextArea
            field={`path:${relationship.id}`}
            label={t`What moved (optional)`}
            rows={2}
            value={note}
            onValue={setNote}
          />
          <FormFooter action={action} label={t`Save path`} busyLabel={t`Saving…`} />
        </form>
      </details>
      <Notice tone="success">
        {saved ? t`The path is saved, and the earlier one stays in its history.` : null}
      </Notice>
    </section>
  );
}

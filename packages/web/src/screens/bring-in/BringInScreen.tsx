import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { suggestKindness } from '@tend/core';
import { sayBringIn } from '../../i18n/sentences/bring-in.ts';
import type { ActivityMapping, BringInReading, BringInSource } from '@tend/core';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from '../../router/router.tsx';
import { useApp } from '../../state/app-provider.tsx';
import { ChoiceGroup } from '../../ui/ChoiceGroup.tsx';
import { CheckboxField } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { Page } from '../../ui/Page.tsx';
import { useAction } from '../../ui/use-action.ts';
import { ActivityMappingFields } from './ActivityMapping.tsx';
import { acceptBySource, fileProblemWords, sourceWords, sources } from './bring-in-choices.ts';
import { BringInFileError, readBringInFiles, type ChosenFile } from './read-bring-in-files.ts';
import { useBringInPlan } from './use-bring-in-plan.ts';
import './bring-in.css';

async function chosenFiles(input: HTMLInputElement | null): Promise<ChosenFile[]> {
  const files = Array.from(input?.files ?? []);
  return Promise.all(
    files.map(async (file) => ({
      name: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      lastModified: file.lastModified,
    })),
  );
}

/** Entries from another app, read on this device and previewed before anything is written. */
export function BringInScreen() {
  const { vault } = useApp();
  const { i18n, t } = useLingui();
  const problemText = (problem: string | null, error: unknown): string | null =>
    error instanceof BringInFileError ? i18n._(fileProblemWords[error.problem]) : problem;
  const fileInput = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const [source, setSource] = useState<BringInSource>('daylio');
  const [includeMoodOnly, setIncludeMoodOnly] = useState(false);
  const [reading, setReading] = useState<BringInReading | null>(null);
  const [mapping, setMapping] = useState<ActivityMapping>({});
  const [added, setAdded] = useState<number | null>(null);
  const reader = useAction();
  const writer = useAction();

  const plan = useBringInPlan(reading, mapping);

  // On a phone the preview opens below the fold: take the eyes (and a screen reader) to it.
  const isPreviewShown = reading !== null && plan !== null;
  useEffect(() => {
    if (isPreviewShown) previewHeading.current?.focus();
  }, [isPreviewShown]);

  const startOver = () => {
    setReading(null);
    setAdded(null);
    reader.clear();
    writer.clear();
  };

  const read = async (event: FormEvent) => {
    event.preventDefault();
    startOver();
    await reader.run(async () => {
      const next = await readBringInFiles(source, await chosenFiles(fileInput.current), { includeMoodOnly });
      setMapping(suggestKindness(next.activities));
      setReading(next);
    });
  };

  const add = async () => {
    if (!plan?.objects.length) return;
    const count = plan.newEntries + plan.newKindness;
    const isAdded = await writer.run(async () => {
      await vault.importObjects(plan.objects);
    });
    if (isAdded) setAdded(count);
  };

  return (
    <Page
      title={t`Bring in from another app`}
      className="bring-in"
      back={{ to: '/settings/data', label: t`Your data` }}
    >
      <p>
        <Trans>
          Entries from an app you used before, read here on this device. You see what will be added before
          anything is saved, and bringing in the same file again adds nothing twice.
        </Trans>
      </p>
      <form onSubmit={read} noValidate aria-labelledby="bring-in-file-heading">
        <h2 id="bring-in-file-heading">
          <Trans>Choose a file</Trans>
        </h2>
        <ChoiceGroup
          legend={t`Where it comes from`}
          name="source"
          options={sources}
          words={{
            daylio: i18n._(sourceWords.daylio),
            'day-one': i18n._(sourceWords['day-one']),
            text: i18n._(sourceWords.text),
          }}
          value={source}
          onValue={(value) => {
            if (value) setSource(value);
            startOver();
          }}
          canClear={false}
        />
        <div className="field">
          <label htmlFor="bring-in-file">{source === 'text' ? t`Files` : t`Export file`}</label>
          <input
            id="bring-in-file"
            ref={fileInput}
            type="file"
            multiple={source === 'text'}
            accept={acceptBySource[source]}
            onChange={startOver}
          />
        </div>
        {source === 'daylio' ? (
          <CheckboxField
            label={t`Also bring in moods that have no note`}
            checked={includeMoodOnly}
            onChecked={setIncludeMoodOnly}
          />
        ) : null}
        <Notice tone="problem">{problemText(reader.problem, reader.error)}</Notice>
        <div className="actions">
          <button type="submit" className="plain" aria-disabled={reader.busy}>
            {reader.busy ? t`Reading…` : t`Read the file`}
          </button>
        </div>
      </form>
      {reading && plan && added === null ? (
        <section className="bring-in-preview" aria-labelledby="bring-in-preview-heading">
          <h2 id="bring-in-preview-heading" ref={previewHeading} tabIndex={-1}>
            <Trans>What will be added</Trans>
          </h2>
          <ul className="bring-in-summary" aria-label={t`Summary`}>
            {sayBringIn(reading, plan).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <ActivityMappingFields mapping={mapping} onMapping={setMapping} />
          <Notice tone="problem">{writer.problem}</Notice>
          <div className="actions">
            <button type="button" onClick={add} aria-disabled={writer.busy || plan.objects.length === 0}>
              {writer.busy ? t`Adding…` : t`Add to my vault`}
            </button>
          </div>
        </section>
      ) : null}
      <Notice tone="success">
        {added === null ? null : (
          <>
            <Plural value={added} one="# item was added." other="# items were added." />{' '}
            <Link to="/journal">
              <Trans>See them in your journal</Trans>
            </Link>
          </>
        )}
      </Notice>
      <p>
        <Link to="/settings/data">
          <Trans>Back to your data</Trans>
        </Link>
      </p>
    </Page>
  );
}

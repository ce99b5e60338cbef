import { localDate } from '@tend/core';
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { downloadFile } from '../../ui/download-file.ts';
import { PassphraseField } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';
import { exportFileName, importedText } from './export-file-name.ts';

const exportWords = { wrong_passphrase: 'That passphrase did not match. Nothing was exported.' };
const damagedText =
  'This file could not be read as a Tend export; it may be damaged or from somewhere else. Nothing was changed.';

function ExportForm() {
  const { vault } = useApp();
  const [passphrase, setPassphrase] = useState('');
  const [isDone, setIsDone] = useState(false);
  const action = useAction(exportWords);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsDone(false);
    if (!passphrase) return action.fail('Please type your passphrase to export.');
    const isExported = await action.run(async () => {
      const json = await vault.exportVault(passphrase);
      downloadFile(exportFileName(localDate(Date.now())), json, 'application/json');
    });
    setPassphrase('');
    setIsDone(isExported);
  };

  return (
    <form onSubmit={submit} noValidate>
      <h3 id="export-heading">Export my vault</h3>
      <p>
        A readable file with everything you wrote, made on this device. It is not encrypted, so please keep it
        somewhere private.
      </p>
      <PassphraseField hint="Asked again, to be sure it is you." value={passphrase} onValue={setPassphrase} />
      <Notice tone="problem">{action.problem}</Notice>
      <Notice tone="success">{isDone ? 'Your export is in your downloads.' : null}</Notice>
      <div className="actions">
        <button type="submit" aria-disabled={action.busy}>
          Export my vault
        </button>
      </div>
    </form>
  );
}

function ImportForm() {
  const { vault } = useApp();
  const fileInput = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<string | null>(null);
  const action = useAction({ bad_request: damagedText });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    const file = fileInput.current?.files?.[0];
    if (!file) return action.fail('Please choose an export file first.');
    await action.run(async () => {
      const count = await vault.importVault(await file.text());
      setResult(importedText(count));
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <h3 id="import-heading">Import</h3>
      <p>
        Bring in a file made with Export my vault. What is already here stays; newer changes win, field by
        field.
      </p>
      <div className="field">
        <label htmlFor="import-file">Export file</label>
        <input
          id="import-file"
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          onChange={action.clear}
        />
      </div>
      <Notice tone="problem">{action.problem ? damagedOr(action.problem, action.error) : null}</Notice>
      <Notice tone="success">{result}</Notice>
      <div className="actions">
        <button type="submit" aria-disabled={action.busy}>
          Import
        </button>
      </div>
    </form>
  );
}

/** importVault refuses a damaged file by throwing; any error that is not the server's means the file. */
function damagedOr(problem: string, error: unknown): string {
  return error instanceof Error && error.name !== 'ServiceError' ? damagedText : problem;
}

export function ExportImportSection() {
  return (
    <section className="settings-section" aria-labelledby="export-import-heading">
      <h2 id="export-import-heading">Your data</h2>
      <ExportForm />
      <ImportForm />
    </section>
  );
}

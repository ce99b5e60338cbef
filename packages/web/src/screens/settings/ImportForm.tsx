import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { InputField } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';
import { BackupOpenError, isAgeFile } from '../../vault/age-backup.ts';
import { importedText } from './export-file-name.ts';
import { WorkingNote } from './WorkingNote.tsx';

const damagedText =
  'This file could not be read as a Tend export; it may be damaged or from somewhere else. Nothing was changed.';

const backupText: Record<BackupOpenError['problem'], string> = {
  'wrong-passphrase':
    'That passphrase did not open this backup. Nothing was changed; you can try again whenever you are ready.',
  damaged: 'This backup could not be opened; it may be damaged or cut short. Nothing was changed.',
  'not-a-passphrase-backup':
    'This file is encrypted to a key, not to a passphrase, so Tend cannot open it. Nothing was changed.',
};

/** Import refuses a damaged file by throwing; any error that is not the server's means the file. */
function describeImportError(problem: string, error: unknown): string {
  if (error instanceof BackupOpenError) return backupText[error.problem];
  return error instanceof Error && error.name !== 'ServiceError' ? damagedText : problem;
}

/** Brings in a Tend export, plain or as an encrypted backup (which asks for its passphrase). */
export function ImportForm() {
  const { vault } = useApp();
  const fileInput = useRef<HTMLInputElement>(null);
  const [isBackup, setIsBackup] = useState(false);
  const [backupPassphrase, setBackupPassphrase] = useState('');
  const [result, setResult] = useState<string | null>(null);
  const action = useAction({ bad_request: damagedText });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    const file = fileInput.current?.files?.[0];
    if (!file) return action.fail('Please choose an export or backup file first.');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const isAge = isAgeFile(bytes);
    setIsBackup(isAge);
    if (isAge && !backupPassphrase)
      return action.fail('This is an encrypted backup. Please type its passphrase.');
    const isImported = await action.run(async () => {
      const count = isAge
        ? await vault.importBackup(bytes, backupPassphrase)
        : await vault.importVault(new TextDecoder().decode(bytes));
      setResult(importedText(count));
    });
    if (isImported) setBackupPassphrase('');
  };

  const chosen = () => {
    action.clear();
    setResult(null);
    setIsBackup(/\.age$/i.test(fileInput.current?.files?.[0]?.name ?? ''));
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="import-heading">
      <h3 id="import-heading">Import</h3>
      <p>
        Bring in a file made with Export my vault, or an encrypted backup. What is already here stays; newer
        changes win, field by field.
      </p>
      <div className="field">
        <label htmlFor="import-file">Export or backup file</label>
        <input
          id="import-file"
          ref={fileInput}
          type="file"
          accept=".json,.age,application/json,application/octet-stream"
          onChange={chosen}
        />
      </div>
      {isBackup ? (
        <InputField
          label="Backup passphrase"
          type="password"
          autoComplete="off"
          hint="The passphrase chosen when this backup was made."
          value={backupPassphrase}
          onValue={setBackupPassphrase}
        />
      ) : null}
      <WorkingNote
        words={
          action.busy && isBackup ? 'Opening the backup on this device. This can take a few seconds.' : null
        }
      />
      <Notice tone="problem">
        {action.problem ? describeImportError(action.problem, action.error) : null}
      </Notice>
      <Notice tone="success">{result}</Notice>
      <div className="actions">
        <button type="submit" aria-disabled={action.busy}>
          {action.busy && isBackup ? 'Opening…' : 'Import'}
        </button>
      </div>
    </form>
  );
}

import { Trans, useLingui } from '@lingui/react/macro';
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { InputField } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';
import { BackupOpenError, isAgeFile } from '../../vault/age-backup.ts';
import { importedText } from './export-file-name.ts';
import { WorkingNote } from './WorkingNote.tsx';

/** The words for a file Import could not read, in the language Tend speaks. */
function useImportProblemWords() {
  const { t } = useLingui();
  const damaged = t`This file could not be read as a Tend export; it may be damaged or from somewhere else. Nothing was changed.`;
  const backup: Record<BackupOpenError['problem'], string> = {
    'wrong-passphrase': t`That passphrase did not open this backup. Nothing was changed; you can try again whenever you are ready.`,
    damaged: t`This backup could not be opened; it may be damaged or cut short. Nothing was changed.`,
    'not-a-passphrase-backup': t`This file is encrypted to a key, not to a passphrase, so Tend cannot open it. Nothing was changed.`,
  };
  /** Import refuses a damaged file by throwing; any error that is not the server's means the file. */
  const describe = (problem: string, error: unknown): string => {
    if (error instanceof BackupOpenError) return backup[error.problem];
    return error instanceof Error && error.name !== 'ServiceError' ? damaged : problem;
  };
  return { damaged, describe };
}

/** Brings in a Tend export, plain or as an encrypted backup (which asks for its passphrase). */
export function ImportForm() {
  const { vault } = useApp();
  const { t } = useLingui();
  const problemWords = useImportProblemWords();
  const fileInput = useRef<HTMLInputElement>(null);
  const [isBackup, setIsBackup] = useState(false);
  const [backupPassphrase, setBackupPassphrase] = useState('');
  const [result, setResult] = useState<string | null>(null);
  const action = useAction({ bad_request: problemWords.damaged });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    const file = fileInput.current?.files?.[0];
    if (!file) return action.fail(t`Please choose an export or backup file first.`);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const isAge = isAgeFile(bytes);
    setIsBackup(isAge);
    if (isAge && !backupPassphrase)
      return action.fail(t`This is an encrypted backup. Please type its passphrase.`);
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
      <h3 id="import-heading">
        <Trans>Import</Trans>
      </h3>
      <p>
        <Trans>
          Bring in a file made with Export my vault, or an encrypted backup. What is already here stays; newer
          changes win, field by field.
        </Trans>
      </p>
      <div className="field">
        <label htmlFor="import-file">
          <Trans>Export or backup file</Trans>
        </label>
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
          label={t`Backup passphrase`}
          type="password"
          autoComplete="off"
          hint={t`The passphrase chosen when this backup was made.`}
          value={backupPassphrase}
          onValue={setBackupPassphrase}
        />
      ) : null}
      <WorkingNote
        words={
          action.busy && isBackup ? t`Opening the backup on this device. This can take a few seconds.` : null
        }
      />
      <Notice tone="problem">
        {action.problem ? problemWords.describe(action.problem, action.error) : null}
      </Notice>
      <Notice tone="success">{result}</Notice>
      <div className="actions">
        <button type="submit" aria-disabled={action.busy}>
          {action.busy && isBackup ? t`Opening…` : t`Import`}
        </button>
      </div>
    </form>
  );
}

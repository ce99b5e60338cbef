import { Trans, useLingui } from '@lingui/react/macro';
import { localDate } from '@tend/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { downloadFile } from '../../ui/download-file.ts';
import { InputField, PassphraseField } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';
import { backupFileName } from './export-file-name.ts';
import { WorkingNote } from './WorkingNote.tsx';

/** An export sealed to a passphrase the person chooses, in the age format, openable without Tend. */
export function BackupForm() {
  const { vault } = useApp();
  const { t } = useLingui();
  const [passphrase, setPassphrase] = useState('');
  const [chosen, setChosen] = useState('');
  const [again, setAgain] = useState('');
  const [isDone, setIsDone] = useState(false);
  const action = useAction({ wrong_passphrase: t`That passphrase did not match. No backup was made.` });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsDone(false);
    // The chosen backup passphrase is checked before any work.
    if (!passphrase) return action.fail(t`Please type your passphrase, to be sure it is you.`);
    if (chosen.length < 8) return action.fail(t`Please choose a backup passphrase of at least 8 characters.`);
    if (chosen !== again)
      return action.fail(
        t`The two backup passphrases are not the same yet. Would you like to type them again?`,
      );
    const isMade = await action.run(async () => {
      const sealed = await vault.exportBackup(passphrase, chosen);
      downloadFile(backupFileName(localDate(Date.now())), new Uint8Array(sealed), 'application/octet-stream');
    });
    setPassphrase('');
    if (isMade) {
      setChosen('');
      setAgain('');
    }
    setIsDone(isMade);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="backup-heading">
      <h3 id="backup-heading">
        <Trans>Download an encrypted backup</Trans>
      </h3>
      <p>
        <Trans>
          Everything you wrote, encrypted on this device to a passphrase you choose. Import below opens it,
          and so does the free <code>age</code> tool, without Tend:{' '}
          <code>age --decrypt tend-backup.json.age</code>.
        </Trans>
      </p>
      <p>
        <Trans>
          Nobody can open it without that passphrase, Tend included, so please keep it somewhere safe.
        </Trans>
      </p>
      <PassphraseField
        hint={t`Asked again, to be sure it is you.`}
        value={passphrase}
        onValue={setPassphrase}
      />
      <InputField
        label={t`Backup passphrase`}
        type="password"
        autoComplete="new-password"
        hint={t`A new one for this backup is fine; at least 8 characters. A few words are easy to remember.`}
        value={chosen}
        onValue={setChosen}
      />
      <InputField
        label={t`Backup passphrase again`}
        type="password"
        autoComplete="new-password"
        value={again}
        onValue={setAgain}
      />
      <WorkingNote
        words={
          action.busy ? t`Encrypting on this device. This can take a few seconds; there is no hurry.` : null
        }
      />
      <Notice tone="problem">{action.problem}</Notice>
      <Notice tone="success">{isDone ? t`Your encrypted backup is in your downloads.` : null}</Notice>
      <div className="actions">
        <button type="submit" aria-disabled={action.busy}>
          {action.busy ? t`Encrypting…` : t`Download an encrypted backup`}
        </button>
      </div>
    </form>
  );
}

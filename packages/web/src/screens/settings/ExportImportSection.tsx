import { Trans, useLingui } from '@lingui/react/macro';
import { localDate } from '@tend/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from '../../router/router.tsx';
import { useApp } from '../../state/app-provider.tsx';
import { downloadFile } from '../../ui/download-file.ts';
import { ChoiceGroup } from '../../ui/ChoiceGroup.tsx';
import { PassphraseField } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';
import { BackupForm } from './BackupForm.tsx';
import { exportFileName } from './export-file-name.ts';
import { ImportForm } from './ImportForm.tsx';

type ExportFormat = 'json' | 'markdown';
const formats = ['json', 'markdown'] as const satisfies readonly ExportFormat[];
function ExportForm() {
  const { vault } = useApp();
  const { t } = useLingui();
  const formatWords: Record<ExportFormat, string> = {
    json: t`Tend's JSON file, which Import brings back`,
    markdown: t`Markdown files in a ZIP, one per item, readable in any editor`,
  };
  const [passphrase, setPassphrase] = useState('');
  const [format, setFormat] = useState<ExportFormat>('json');
  const [isDone, setIsDone] = useState(false);
  const action = useAction({ wrong_passphrase: t`That passphrase did not match. Nothing was exported.` });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsDone(false);
    if (!passphrase) return action.fail(t`Please type your passphrase to export.`);
    const isExported = await action.run(async () => {
      const json = await vault.exportVault(passphrase);
      const today = localDate(Date.now());
      if (format === 'json') return downloadFile(exportFileName(today), json, 'application/json');
      const { vaultMarkdownZip } = await import('./markdown-zip.ts');
      downloadFile(`tend-vault-${today}.zip`, await vaultMarkdownZip(json, today), 'application/zip');
    });
    setPassphrase('');
    setIsDone(isExported);
  };

  return (
    <form onSubmit={submit} noValidate>
      <h3 id="export-heading">
        <Trans>Export my vault</Trans>
      </h3>
      <p>
        <Trans>
          A readable file with everything you wrote, made on this device. It is not encrypted, so please keep
          it somewhere private.
        </Trans>
      </p>
      <ChoiceGroup
        legend={t`As`}
        name="export-format"
        options={formats}
        words={formatWords}
        value={format}
        onValue={(value) => setFormat(value ?? 'json')}
        canClear={false}
      />
      <PassphraseField
        hint={t`Asked again, to be sure it is you.`}
        value={passphrase}
        onValue={setPassphrase}
      />
      <Notice tone="problem">{action.problem}</Notice>
      <Notice tone="success">{isDone ? t`Your export is in your downloads.` : null}</Notice>
      <div className="actions">
        <button type="submit" aria-disabled={action.busy}>
          {action.busy ? t`Exporting…` : t`Export my vault`}
        </button>
      </div>
    </form>
  );
}

export function ExportImportSection() {
  return (
    <section className="settings-section" aria-labelledby="export-import-heading">
      {/* The page's own heading says the same to the eye; this one names the section for screen readers. */}
      <h2 id="export-import-heading" className="visually-hidden">
        <Trans>Your data</Trans>
      </h2>
      <ExportForm />
      <BackupForm />
      <ImportForm />
      <h3 id="for-session-heading">
        <Trans>For a session</Trans>
      </h3>
      <p>
        <Trans>
          <Link to="/for-my-session">For my session</Link>: chosen days and items on a page to print, save as
          a PDF or download as Markdown.
        </Trans>
      </p>
      <h3 id="bring-in-heading">
        <Trans>From another app</Trans>
      </h3>
      <p>
        <Trans>
          Entries from Daylio, Day One, or Markdown and text files, read on this device and shown to you
          before anything is added.
        </Trans>
      </p>
      <p>
        <Link to="/settings/bring-in">
          <Trans>Bring in from another app</Trans>
        </Link>
      </p>
    </section>
  );
}

import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react';
import { Trans } from '@lingui/react/macro';
import { useState } from 'react';
import { localDate } from '@tend/core';
import { CheckboxField } from '../../ui/Field.tsx';
import { Page } from '../../ui/Page.tsx';
import { downloadFile } from '../../ui/download-file.ts';
import './recovery-kit.css';

function kitText(t: (descriptor: MessageDescriptor) => string, code: string, madeOn: string): string {
  return [
    t(msg`Tend recovery code`),
    '',
    code,
    '',
    t(msg`Made on ${madeOn}.`),
    t(msg`With this code you can open your vault if you forget your passphrase.`),
    t(msg`Please keep it somewhere safe and private, away from this device.`),
    '',
  ].join('\n');
}

interface RecoveryKitProps {
  readonly recoveryCode: string;
  readonly onDone: () => void;
}

/**
 * The recovery code with ways to keep it; going on waits for the person's word. Until then the code
 * stays with the vault, sealed, and shows again after a reload (once the vault is open).
 */
export function RecoveryKit({ recoveryCode, onDone }: RecoveryKitProps) {
  const { i18n } = useLingui();
  const t = (descriptor: MessageDescriptor): string => i18n._(descriptor);
  const [isKept, setIsKept] = useState(false);
  const madeOn = localDate(Date.now());

  return (
    <Page title={t(msg`Your recovery code`)} className="recovery-kit">
      <p>
        <Trans>
          This code is the only other key to your vault. If you ever forget your passphrase, it lets you back
          in. Tend shows it until you say you have kept it, and not after that.
        </Trans>
      </p>
      <p className="recovery-code" aria-label={t(msg`Recovery code`)}>
        {recoveryCode}
      </p>
      <p className="print-only">
        <Trans>Made on {madeOn}. Please keep it somewhere safe and private, away from this device.</Trans>
      </p>
      <div className="actions no-print">
        <button type="button" onClick={() => window.print()}>
          <Trans>Print</Trans>
        </button>
        <button
          type="button"
          onClick={() =>
            downloadFile('tend-recovery-code.txt', kitText(t, recoveryCode, madeOn), 'text/plain')
          }
        >
          <Trans>Save as a file</Trans>
        </button>
      </div>
      <div className="no-print">
        <CheckboxField
          label={t(msg`I have kept my recovery code somewhere safe`)}
          checked={isKept}
          onChecked={setIsKept}
        />
        <div className="actions">
          <button type="button" className="primary" disabled={!isKept} onClick={onDone}>
            <Trans>Continue</Trans>
          </button>
        </div>
      </div>
    </Page>
  );
}

import { useState } from 'react';
import { localDate } from '@tend/core';
import { CheckboxField } from '../../ui/Field.tsx';
import { Page } from '../../ui/Page.tsx';
import { downloadFile } from '../../ui/download-file.ts';
import './recovery-kit.css';

function kitText(code: string, madeOn: string): string {
  return [
    'Tend recovery code',
    '',
    code,
    '',
    `Made on ${madeOn}.`,
    'With this code you can open your vault if you forget your passphrase.',
    'Please keep it somewhere safe and private, away from this device.',
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
  const [isKept, setIsKept] = useState(false);
  const madeOn = localDate(Date.now());

  return (
    <Page title="Your recovery code" className="recovery-kit">
      <p>
        This code is the only other key to your vault. If you ever forget your passphrase, it lets you back
        in. Tend shows it until you say you have kept it, and not after that.
      </p>
      <p className="recovery-code" aria-label="Recovery code">
        {recoveryCode}
      </p>
      <p className="print-only">
        Made on {madeOn}. Please keep it somewhere safe and private, away from this device.
      </p>
      <div className="actions no-print">
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <button
          type="button"
          onClick={() => downloadFile('tend-recovery-code.txt', kitText(recoveryCode, madeOn), 'text/plain')}
        >
          Save as a file
        </button>
      </div>
      <div className="no-print">
        <CheckboxField
          label="I have kept my recovery code somewhere safe"
          checked={isKept}
          onChecked={setIsKept}
        />
        <div className="actions">
          <button type="button" className="primary" disabled={!isKept} onClick={onDone}>
            Continue
          </button>
        </div>
      </div>
    </Page>
  );
}

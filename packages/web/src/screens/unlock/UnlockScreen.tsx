import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useVaultSession } from '../../state/vault-session.tsx';
import { Page } from '../../ui/Page.tsx';
import { WriteWhileLocked } from '../locked/WriteWhileLocked.tsx';
import { PasskeyUnlock } from './PasskeyUnlock.tsx';
import { RecoverForm } from './RecoverForm.tsx';
import { UnlockForm } from './UnlockForm.tsx';

/**
 * The vault is on this device and locked: a passkey opens it with one touch where one is set up,
 * the passphrase always does, and the recovery code does too.
 */
export function UnlockScreen() {
  const { t } = useLingui();
  const { vault } = useApp();
  const session = useVaultSession();
  const [isRecovering, setIsRecovering] = useState(false);
  const hasPasskey = vault.quickUnlock.passkeys().length > 0;

  return (
    <Page title={t`Unlock`} heading={t`Unlock your vault`} className="unlock">
      <p className="lead">
        {hasPasskey
          ? t`Welcome back. Your vault is locked: your passkey or your passphrase opens it.`
          : t`Welcome back. Your vault is locked, and your passphrase opens it.`}
      </p>
      {session.isRecoveryCodePending ? (
        <p className="plain-note">
          <Trans>
            Your recovery code is waiting for you to keep it. It shows again as soon as your vault is open.
          </Trans>
        </p>
      ) : null}
      {hasPasskey ? <PasskeyUnlock onUnlocked={session.refresh} /> : null}
      <UnlockForm onUnlocked={session.refresh} isSecondWay={hasPasskey} />
      <WriteWhileLocked />
      <section className="other-way" aria-label={t`Other ways in`}>
        <button type="button" aria-expanded={isRecovering} onClick={() => setIsRecovering((v) => !v)}>
          <Trans>Use my recovery code</Trans>
        </button>
        {isRecovering ? <RecoverForm onRecovered={session.refresh} /> : null}
      </section>
    </Page>
  );
}

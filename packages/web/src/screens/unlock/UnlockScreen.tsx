import { useState } from 'react';
import { useVaultSession } from '../../state/vault-session.tsx';
import { Page } from '../../ui/Page.tsx';
import { RecoverForm } from './RecoverForm.tsx';
import { UnlockForm } from './UnlockForm.tsx';

/** The vault is on this device and locked: the passphrase opens it, or the recovery code does. */
export function UnlockScreen() {
  const session = useVaultSession();
  const [isRecovering, setIsRecovering] = useState(false);

  return (
    <Page title="Unlock" heading="Unlock your vault" className="unlock">
      <p className="lead">Welcome back. Your vault is locked, and your passphrase opens it.</p>
      <UnlockForm onUnlocked={session.refresh} />
      <section className="other-way" aria-label="Other ways in">
        <button type="button" aria-expanded={isRecovering} onClick={() => setIsRecovering((v) => !v)}>
          Use my recovery code
        </button>
        {isRecovering ? <RecoverForm onRecovered={session.refresh} /> : null}
      </section>
    </Page>
  );
}

import { lazy, Suspense, useState } from 'react';
import { useVaultSession } from '../../state/vault-session.tsx';
import { Page } from '../../ui/Page.tsx';
import { CreateVaultForm } from './CreateVaultForm.tsx';
import { SignInForm } from './SignInForm.tsx';

const RecoveryKit = lazy(() => import('./RecoveryKit.tsx').then((m) => ({ default: m.RecoveryKit })));

/** First visit on this device: what Tend is, making a vault (the easy default), or signing in. */
interface WelcomeScreenProps {
  /** Set once a vault is made: the kit shows until the person says they have kept the code. */
  readonly recoveryCode: string | null;
  readonly onRecoveryCode: (code: string | null) => void;
}

export function WelcomeScreen({ recoveryCode, onRecoveryCode }: WelcomeScreenProps) {
  const session = useVaultSession();
  const [isSigningIn, setIsSigningIn] = useState(false);

  if (recoveryCode) {
    return (
      <Suspense fallback={<p className="loading">Opening your recovery kit…</p>}>
        <RecoveryKit
          recoveryCode={recoveryCode}
          onDone={() => void session.refresh().then(() => onRecoveryCode(null))}
        />
      </Suspense>
    );
  }

  return (
    <Page title="Welcome" heading="Welcome to Tend" className="welcome">
      <p className="lead">A quiet, private place to write and reflect, at your own pace.</p>
      <p className="lead">
        What you write is encrypted on this device before it is stored, and only you hold the key.
      </p>
      <p className="plain-note">
        Tend is a companion for reflection. It is not therapy and not a crisis service. If you need someone
        now, the Support now button at the top has crisis lines and a guided breath.
      </p>
      <CreateVaultForm onCreated={onRecoveryCode} />
      <section className="other-way" aria-label="Other ways in">
        <button type="button" aria-expanded={isSigningIn} onClick={() => setIsSigningIn((v) => !v)}>
          I already have an account
        </button>
        {isSigningIn ? <SignInForm onSignedIn={session.refresh} /> : null}
      </section>
    </Page>
  );
}

import { useState } from 'react';
import { useVaultSession } from '../../state/vault-session.tsx';
import { Page } from '../../ui/Page.tsx';
import { CreateVaultForm } from './CreateVaultForm.tsx';
import { SignInForm } from './SignInForm.tsx';

/**
 * First visit on this device: what Tend is, making a vault (the easy default), or signing in. A new
 * vault opens on its recovery code, which stays until the person says they kept it.
 */
export function WelcomeScreen() {
  const session = useVaultSession();
  const [isSigningIn, setIsSigningIn] = useState(false);

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
      <CreateVaultForm onCreated={session.refresh} />
      <section className="other-way" aria-label="Other ways in">
        <button type="button" aria-expanded={isSigningIn} onClick={() => setIsSigningIn((v) => !v)}>
          I already have an account
        </button>
        {isSigningIn ? <SignInForm onSignedIn={session.refresh} /> : null}
      </section>
    </Page>
  );
}

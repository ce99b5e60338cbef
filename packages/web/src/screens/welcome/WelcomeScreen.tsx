import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react';
import { Trans } from '@lingui/react/macro';
import { LanguageChoice } from '../../ui/LanguageChoice.tsx';
import { useState } from 'react';
import { useRouter } from '../../router/router.tsx';
import { useVaultSession } from '../../state/vault-session.tsx';
import { Page } from '../../ui/Page.tsx';
import { SegmentedChoice } from '../../ui/SegmentedChoice.tsx';
import { CreateVaultForm } from './CreateVaultForm.tsx';
import { SignInForm } from './SignInForm.tsx';

export type Way = 'own' | 'practice';
const ways: readonly Way[] = ['own', 'practice'];
function wayWords(t: (descriptor: MessageDescriptor) => string): Record<Way, string> {
  return {
    own: t(msg`I'm here for my own healing`),
    practice: t(msg`I'm a practitioner`),
  };
}

/** Why a practitioner makes a vault and keeps a recovery code too, in plain words. */
function PractitionerWord() {
  return (
    <p className="plain-note" id="practitioner-word">
      <Trans>
        A practice lives in a vault of your own, like everyone's. What your clients choose to share is sealed
        to a key only your vault holds, so no one else can read it, not even Tend's server. Your recovery code
        is the one way back into that vault if your passphrase is ever lost. Once your vault is made, you set
        up your practice on the next screen; you can keep your own reflections here too, if you wish.
      </Trans>
    </p>
  );
}

/** The two ways in: the same kind of vault either way; a practitioner's opens on their practice. */
export function WaysIn({ way, onWay }: { way: Way; onWay: (way: Way) => void }) {
  const { i18n } = useLingui();
  return (
    <>
      <SegmentedChoice
        legend={i18n._(msg`How are you here?`)}
        options={ways}
        words={wayWords((descriptor) => i18n._(descriptor))}
        value={way}
        onValue={(next) => onWay(next ?? 'own')}
        canClear={false}
      />
      {way === 'practice' ? <PractitionerWord /> : null}
    </>
  );
}

/**
 * First visit on this device: what Tend is, making a vault (the easy default), or signing in. A new
 * vault opens on its recovery code, which stays until the person says they kept it. A practitioner
 * makes the same kind of vault, and it opens on their practice (reached at /practice, the welcome
 * remembers which way in was meant).
 */
export function WelcomeScreen() {
  const session = useVaultSession();
  const { path, navigate } = useRouter();
  const { i18n } = useLingui();
  const [isSigningIn, setIsSigningIn] = useState(false);
  const [way, setWay] = useState<Way>(path === '/practice' ? 'practice' : 'own');
  const onCreated = async () => {
    await session.refresh();
    // The vault opens where it was meant to: the practice, for a practitioner (after the recovery code,
    // which has the screen to itself until it is kept).
    if (way === 'practice' && path !== '/practice') navigate('/practice', { replace: true });
  };

  return (
    <Page title={i18n._(msg`Welcome`)} heading={i18n._(msg`Welcome to Tend`)} className="welcome">
      {/* Chosen before anything else, so a person reads the rest (and makes their vault) in their language. */}
      <div className="welcome-language">
        <LanguageChoice />
      </div>
      <p className="lead">
        <Trans>A quiet, private place to write and reflect, at your own pace.</Trans>
      </p>
      <p className="lead">
        <Trans>
          What you write is encrypted on this device before it is stored, and only you hold the key.
        </Trans>
      </p>
      <p className="plain-note">
        <Trans>
          Tend is a companion for reflection. It is not therapy and not a crisis service. If you need someone
          now, the Support now button at the top has crisis lines and a guided breath.
        </Trans>
      </p>
      <WaysIn way={way} onWay={setWay} />
      <CreateVaultForm onCreated={onCreated} />
      <section className="other-way" aria-label={i18n._(msg`Other ways in`)}>
        <button type="button" aria-expanded={isSigningIn} onClick={() => setIsSigningIn((v) => !v)}>
          <Trans>I already have an account</Trans>
        </button>
        {isSigningIn ? <SignInForm onSignedIn={session.refresh} /> : null}
      </section>
    </Page>
  );
}

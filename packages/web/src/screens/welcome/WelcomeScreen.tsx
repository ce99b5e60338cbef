import { useState } from 'react';
import { useRouter } from '../../router/router.tsx';
import { useVaultSession } from '../../state/vault-session.tsx';
import { Page } from '../../ui/Page.tsx';
import { SegmentedChoice } from '../../ui/SegmentedChoice.tsx';
import { CreateVaultForm } from './CreateVaultForm.tsx';
import { SignInForm } from './SignInForm.tsx';

export type Way = 'own' | 'practice';
const ways: readonly Way[] = ['own', 'practice'];
const wayWords: Record<Way, string> = {
  own: "I'm here for my own healing",
  practice: "I'm a practitioner",
};

/** Why a practitioner makes a vault and keeps a recovery code too, in plain words. */
function PractitionerWord() {
  return (
    <p className="plain-note" id="practitioner-word">
      A practice lives in a vault of your own, like everyone's. What your clients choose to share is sealed to
      a key only your vault holds, so no one else can read it, not even Tend's server. Your recovery code is
      the one way back into that vault if your passphrase is ever lost. Once your vault is made, you set up
      your practice on the next screen; you can keep your own reflections here too, if you wish.
    </p>
  );
}

/** The two ways in: the same kind of vault either way; a practitioner's opens on their practice. */
export function WaysIn({ way, onWay }: { way: Way; onWay: (way: Way) => void }) {
  return (
    <>
      <SegmentedChoice
        legend="How are you here?"
        options={ways}
        words={wayWords}
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
  const [isSigningIn, setIsSigningIn] = useState(false);
  const [way, setWay] = useState<Way>(path === '/practice' ? 'practice' : 'own');
  const onCreated = async () => {
    await session.refresh();
    // The vault opens where it was meant to: the practice, for a practitioner (after the recovery code,
    // which has the screen to itself until it is kept).
    if (way === 'practice' && path !== '/practice') navigate('/practice', { replace: true });
  };

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
      <WaysIn way={way} onWay={setWay} />
      <CreateVaultForm onCreated={onCreated} />
      <section className="other-way" aria-label="Other ways in">
        <button type="button" aria-expanded={isSigningIn} onClick={() => setIsSigningIn((v) => !v)}>
          I already have an account
        </button>
        {isSigningIn ? <SignInForm onSignedIn={session.refresh} /> : null}
      </section>
    </Page>
  );
}

import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { signInMismatchText } from '../../copy/error-messages.ts';
import { PassphraseField, UsernameField } from '../../ui/Field.tsx';
import { FormFooter } from '../../ui/FormFooter.tsx';
import { useAction } from '../../ui/use-action.ts';

const signInWords = { unauthorized: signInMismatchText, wrong_passphrase: signInMismatchText };

/** Signs in on a device with no vault and brings the vault down from the server. */
export function SignInForm({ onSignedIn }: { onSignedIn: () => Promise<void> }) {
  const { t } = useLingui();
  const { vault } = useApp();
  const [username, setUsername] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const action = useAction(signInWords);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !passphrase)
      return action.fail(t`Please type your username and your passphrase.`);
    await action.run(async () => {
      await vault.signIn(username.trim(), passphrase);
      await onSignedIn();
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <h2 id="sign-in-heading">
        <Trans>Sign in to your account</Trans>
      </h2>
      <p>
        <Trans>Your sealed vault comes down to this device and opens here with your passphrase.</Trans>
      </p>
      <UsernameField value={username} onValue={setUsername} />
      <PassphraseField value={passphrase} onValue={setPassphrase} />
      <FormFooter action={action} label={t`Sign in`} busyLabel={t`Signing in…`} />
    </form>
  );
}

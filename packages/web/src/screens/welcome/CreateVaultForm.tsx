import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { newPassphraseProblem, passphraseProblemText } from '../../copy/passphrase-hint.ts';
import { NewPassphraseFields } from '../../ui/NewPassphraseFields.tsx';
import { FormFooter } from '../../ui/FormFooter.tsx';
import { useAction } from '../../ui/use-action.ts';

/** Makes a local-only vault; its recovery code shows next, kept with the vault until the person kept it. */
export function CreateVaultForm({ onCreated }: { onCreated: () => Promise<void> }) {
  const { t } = useLingui();
  const { vault } = useApp();
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const action = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = newPassphraseProblem(passphrase, confirmation);
    if (problem) return action.fail(passphraseProblemText(problem));
    await action.run(async () => {
      await vault.createVault(passphrase);
      await onCreated();
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <h2 id="create-vault-heading">
        <Trans>Make a vault on this device</Trans>
      </h2>
      <p>
        <Trans>
          Your vault keeps everything you write, encrypted with a passphrase only you know. It stays in this
          browser; you can add an account to sync it later, if you like.
        </Trans>
      </p>
      <NewPassphraseFields
        passphrase={passphrase}
        confirmation={confirmation}
        onPassphrase={setPassphrase}
        onConfirmation={setConfirmation}
      />
      <p className="plain-warning">
        <Trans>
          Please keep your passphrase safe. Without your passphrase and your recovery code, what you write
          here cannot be recovered by anyone, including us.
        </Trans>
      </p>
      <FormFooter action={action} label={t`Make a vault`} busyLabel={t`Making your vault…`} />
    </form>
  );
}

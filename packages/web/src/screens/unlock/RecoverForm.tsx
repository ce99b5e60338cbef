import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { newPassphraseProblem, passphraseProblemText } from '../../copy/passphrase-hint.ts';
import { InputField } from '../../ui/Field.tsx';
import { NewPassphraseFields } from '../../ui/NewPassphraseFields.tsx';
import { FormFooter } from '../../ui/FormFooter.tsx';
import { useAction } from '../../ui/use-action.ts';

/** Opens the vault with the recovery code and sets a new passphrase. */
export function RecoverForm({ onRecovered }: { onRecovered: () => Promise<void> }) {
  const { t } = useLingui();
  const { vault } = useApp();
  const [code, setCode] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const action = useAction({
    wrong_passphrase: t`That recovery code did not open the vault. Would you like to check it and try again?`,
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!code.trim()) return action.fail(t`Please type your recovery code.`);
    const problem = newPassphraseProblem(passphrase, confirmation);
    if (problem) return action.fail(passphraseProblemText(problem));
    await action.run(async () => {
      await vault.recover(code.trim(), passphrase);
      await onRecovered();
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <h2 id="recover-heading">
        <Trans>Open with your recovery code</Trans>
      </h2>
      <p>
        <Trans>Type the code from your recovery kit, then choose a new passphrase.</Trans>
      </p>
      <InputField
        label={t`Recovery code`}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        value={code}
        onValue={setCode}
        required
      />
      <NewPassphraseFields
        label={t`New passphrase`}
        confirmLabel={t`Confirm new passphrase`}
        passphrase={passphrase}
        confirmation={confirmation}
        onPassphrase={setPassphrase}
        onConfirmation={setConfirmation}
      />
      <FormFooter action={action} label={t`Open my vault`} busyLabel={t`Opening…`} />
    </form>
  );
}

import { useState } from 'react';
import type { FormEvent } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { newPassphraseProblem, passphraseProblemText } from '../../copy/passphrase-hint.ts';
import { InputField } from '../../ui/Field.tsx';
import { NewPassphraseFields } from '../../ui/NewPassphraseFields.tsx';
import { FormFooter } from '../../ui/FormFooter.tsx';
import { useAction } from '../../ui/use-action.ts';

const recoverWords = {
  wrong_passphrase: 'That recovery code did not open the vault. Would you like to check it and try again?',
};

/** Opens the vault with the recovery code and sets a new passphrase. */
export function RecoverForm({ onRecovered }: { onRecovered: () => Promise<void> }) {
  const { vault } = useApp();
  const [code, setCode] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const action = useAction(recoverWords);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!code.trim()) return action.fail('Please type your recovery code.');
    const problem = newPassphraseProblem(passphrase, confirmation);
    if (problem) return action.fail(passphraseProblemText[problem]);
    await action.run(async () => {
      await vault.recover(code.trim(), passphrase);
      await onRecovered();
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <h2 id="recover-heading">Open with your recovery code</h2>
      <p>Type the code from your recovery kit, then choose a new passphrase.</p>
      <InputField
        label="Recovery code"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        value={code}
        onValue={setCode}
        required
      />
      <NewPassphraseFields
        label="New passphrase"
        confirmLabel="Confirm new passphrase"
        passphrase={passphrase}
        confirmation={confirmation}
        onPassphrase={setPassphrase}
        onConfirmation={setConfirmation}
      />
      <FormFooter action={action} label="Open my vault" busyLabel="Opening…" />
    </form>
  );
}

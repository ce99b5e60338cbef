import { useState } from 'react';
import type { FormEvent } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { CheckboxField, PassphraseField } from '../../ui/Field.tsx';
import { FormFooter } from '../../ui/FormFooter.tsx';
import { useAction } from '../../ui/use-action.ts';

const deleteWords = { wrong_passphrase: 'That passphrase did not match. Your account is unchanged.' };

/** Deletes the account and its sealed data on the server; this device keeps the vault, local-only. */
export function DeleteAccountForm({ onDeleted }: { onDeleted: () => void }) {
  const { vault } = useApp();
  const [passphrase, setPassphrase] = useState('');
  const [isSure, setIsSure] = useState(false);
  const action = useAction(deleteWords);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isSure) return action.fail('Please tick the box first, if you are sure.');
    if (await action.run(() => vault.deleteAccount(passphrase))) onDeleted();
    setPassphrase('');
  };

  return (
    <form onSubmit={submit} noValidate>
      <h3 id="delete-account-heading">Delete my account and its data from the server</h3>
      <p>
        Your account and everything sealed on the server are deleted. Your vault stays on this device, and you
        can keep using Tend here without an account.
      </p>
      <PassphraseField value={passphrase} onValue={setPassphrase} />
      <CheckboxField
        label="Yes, delete my account and its data from the server"
        checked={isSure}
        onChecked={setIsSure}
      />
      <FormFooter action={action} label="Delete my account" variant="danger" />
    </form>
  );
}

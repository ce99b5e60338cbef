import { useState } from 'react';
import type { FormEvent } from 'react';
import { useApp } from '../../app/app-provider.tsx';
import { CheckboxField, InputField } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Notice.tsx';
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
      <InputField
        label="Passphrase"
        type="password"
        autoComplete="current-password"
        value={passphrase}
        onValue={setPassphrase}
      />
      <CheckboxField
        label="Yes, delete my account and its data from the server"
        checked={isSure}
        onChecked={setIsSure}
      />
      <Notice tone="problem">{action.problem}</Notice>
      <div className="actions">
        <button type="submit" className="danger" disabled={action.busy}>
          Delete my account
        </button>
      </div>
    </form>
  );
}

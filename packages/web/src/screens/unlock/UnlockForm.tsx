import { useState } from 'react';
import type { FormEvent } from 'react';
import { useApp } from '../../app/app-provider.tsx';
import { InputField } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';

export function UnlockForm({ onUnlocked }: { onUnlocked: () => Promise<void> }) {
  const { vault } = useApp();
  const [passphrase, setPassphrase] = useState('');
  const action = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase) return action.fail('Please type your passphrase.');
    const isOpen = await action.run(async () => {
      await vault.unlock(passphrase);
      await onUnlocked();
    });
    if (!isOpen) setPassphrase('');
  };

  return (
    <form onSubmit={submit} noValidate>
      <InputField
        label="Passphrase"
        type="password"
        autoComplete="current-password"
        value={passphrase}
        onValue={setPassphrase}
        required
      />
      <Notice tone="problem">{action.problem}</Notice>
      <div className="actions">
        <button type="submit" className="primary" disabled={action.busy}>
          {action.busy ? 'Unlocking…' : 'Unlock'}
        </button>
      </div>
    </form>
  );
}

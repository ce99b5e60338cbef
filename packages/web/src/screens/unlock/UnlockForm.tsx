import { useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { PassphraseField } from '../../ui/Field.tsx';
import { FormFooter } from '../../ui/FormFooter.tsx';
import { useAction } from '../../ui/use-action.ts';

interface UnlockFormProps {
  readonly onUnlocked: () => Promise<void>;
  /** Another way in comes first (a passkey): this button is not the primary one then. */
  readonly isSecondWay?: boolean;
}

export function UnlockForm({ onUnlocked, isSecondWay = false }: UnlockFormProps) {
  const { t } = useLingui();
  const { vault } = useApp();
  const [passphrase, setPassphrase] = useState('');
  const action = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase) return action.fail(t`Please type your passphrase.`);
    const isOpen = await action.run(async () => {
      await vault.unlock(passphrase);
      await onUnlocked();
    });
    if (!isOpen) setPassphrase('');
  };

  return (
    <form onSubmit={submit} noValidate>
      <PassphraseField value={passphrase} onValue={setPassphrase} />
      <FormFooter
        action={action}
        label={t`Unlock`}
        busyLabel={t`Unlocking…`}
        variant={isSecondWay ? 'plain' : 'primary'}
      />
    </form>
  );
}

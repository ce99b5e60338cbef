import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { CheckboxField, PassphraseField } from '../../ui/Field.tsx';
import { FormFooter } from '../../ui/FormFooter.tsx';
import { useAction } from '../../ui/use-action.ts';

/** Deletes the account and its sealed data on the server; this device keeps the vault, local-only. */
export function DeleteAccountForm({ onDeleted }: { onDeleted: () => void }) {
  const { vault } = useApp();
  const { t } = useLingui();
  const [passphrase, setPassphrase] = useState('');
  const [isSure, setIsSure] = useState(false);
  const action = useAction({
    wrong_passphrase: t`That passphrase did not match. Your account is unchanged.`,
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isSure) return action.fail(t`Please tick the box first, if you are sure.`);
    if (await action.run(() => vault.deleteAccount(passphrase))) onDeleted();
    setPassphrase('');
  };

  return (
    <form onSubmit={submit} noValidate>
      <h3 id="delete-account-heading">
        <Trans>Delete my account and its data from the server</Trans>
      </h3>
      <p>
        <Trans>
          Your account and everything sealed on the server are deleted. Your vault stays on this device, and
          you can keep using Tend here without an account.
        </Trans>
      </p>
      <PassphraseField value={passphrase} onValue={setPassphrase} />
      <CheckboxField
        label={t`Yes, delete my account and its data from the server`}
        checked={isSure}
        onChecked={setIsSure}
      />
      <FormFooter action={action} label={t`Delete my account`} variant="danger" />
    </form>
  );
}

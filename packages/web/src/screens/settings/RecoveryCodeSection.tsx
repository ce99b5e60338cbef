import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useVaultSession } from '../../state/vault-session.tsx';
import { PassphraseField } from '../../ui/Field.tsx';
import { FormFooter } from '../../ui/FormFooter.tsx';
import { useAction } from '../../ui/use-action.ts';
import type { AccountInfo } from '../../vault/vault-service.ts';

/** A new recovery code after the passphrase; it then shows until the person says they kept it. */
export function RecoveryCodeSection({ account }: { account: AccountInfo | null }) {
  const { vault } = useApp();
  const { t } = useLingui();
  const session = useVaultSession();
  const [passphrase, setPassphrase] = useState('');
  const action = useAction({
    wrong_passphrase: t`That passphrase did not match. Your recovery code is unchanged.`,
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase) return action.fail(t`Please type your passphrase first.`);
    const isMade = await action.run(() => vault.recoveryCodes.makeNew(passphrase).then(() => undefined));
    setPassphrase('');
    if (isMade) await session.refresh();
  };

  return (
    <section className="settings-section" aria-labelledby="recovery-code-heading">
      <h2 id="recovery-code-heading" className="visually-hidden">
        <Trans>Recovery code</Trans>
      </h2>
      <p>
        <Trans>
          Your recovery code opens your vault if you ever forget your passphrase. If you have lost it, or
          someone else may have seen it, you can make a new one.
        </Trans>{' '}
        {account ? (
          <Trans>
            Your old code then stops working, on the server too, and your other devices ask you to sign in
            again.
          </Trans>
        ) : (
          <Trans>Your old code then stops working.</Trans>
        )}
      </p>
      <form onSubmit={submit} noValidate>
        <h3 id="new-recovery-code-heading">
          <Trans>Make a new recovery code</Trans>
        </h3>
        <PassphraseField value={passphrase} onValue={setPassphrase} />
        <FormFooter
          action={action}
          label={t`Make a new recovery code`}
          busyLabel={t`Making your new code…`}
          variant="plain"
        />
      </form>
    </section>
  );
}

import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useSyncState } from '../../state/use-sync-state.ts';
import { signInMismatchText } from '../../copy/error-messages.ts';
import { SyncStatusLine } from '../../sync/SyncStatusLine.tsx';
import { needsReconnect } from '../../sync/sync-status-text.ts';
import { PassphraseField, UsernameField } from '../../ui/Field.tsx';
import { FormFooter } from '../../ui/FormFooter.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';
import { SignOutButton } from './SignOutButton.tsx';
import type { AccountInfo } from '../../vault/vault-service.ts';

function AddAccountForm({ onAdded }: { onAdded: () => void }) {
  const { vault } = useApp();
  const { t } = useLingui();
  const [username, setUsername] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const action = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !passphrase)
      return action.fail(t`Please choose a username and type your passphrase.`);
    if (await action.run(() => vault.createAccount(username.trim(), passphrase))) onAdded();
  };

  return (
    <form onSubmit={submit} noValidate>
      <h3 id="add-account-heading">
        <Trans>Add an account to sync</Trans>
      </h3>
      <p>
        <Trans>
          An account lets your vault travel between your devices. Only sealed, encrypted data is uploaded: the
          server never sees what you write, and neither does anyone who runs it.
        </Trans>
      </p>
      <UsernameField value={username} onValue={setUsername} />
      <PassphraseField
        hint={t`The passphrase you unlock Tend with.`}
        value={passphrase}
        onValue={setPassphrase}
      />
      <FormFooter action={action} label={t`Add an account`} />
    </form>
  );
}

function ReconnectForm() {
  const { vault } = useApp();
  const { t } = useLingui();
  const [passphrase, setPassphrase] = useState('');
  const action = useAction({ unauthorized: signInMismatchText });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await action.run(() => vault.reconnect(passphrase))) setPassphrase('');
  };

  return (
    <form onSubmit={submit} noValidate>
      <h3 id="reconnect-heading">
        <Trans>Sign in again</Trans>
      </h3>
      <p>
        <Trans>
          Your session on the server ended. Everything is still safe on this device; sync waits until you sign
          in.
        </Trans>
      </p>
      <PassphraseField value={passphrase} onValue={setPassphrase} />
      <FormFooter action={action} label={t`Sign in again`} />
    </form>
  );
}

interface AccountSectionProps {
  readonly account: AccountInfo | null;
  readonly onAccountChanged: () => void;
}

export function AccountSection({ account, onAccountChanged }: AccountSectionProps) {
  const { vault } = useApp();
  const { t } = useLingui();
  const syncState = useSyncState();
  const sync = useAction();
  const [added, setAdded] = useState(false);

  return (
    <section className="settings-section" aria-labelledby="account-heading">
      <h2 id="account-heading">
        <Trans>Account and sync</Trans>
      </h2>
      {account ? (
        <>
          <p>
            <Trans>
              Signed in as <strong>{account.username}</strong>.
            </Trans>
          </p>
          <SyncStatusLine />
          {needsReconnect(syncState) ? <ReconnectForm /> : null}
          <Notice tone="success">
            {added ? t`Your account is ready, and your vault is on its way up, sealed.` : null}
          </Notice>
          <Notice tone="problem">{sync.problem}</Notice>
          <div className="actions">
            <button
              type="button"
              aria-disabled={sync.busy}
              onClick={() => void sync.run(() => vault.syncNow())}
            >
              <Trans>Sync now</Trans>
            </button>
          </div>
          <SignOutButton />
        </>
      ) : (
        <>
          <p>
            <Trans>Your vault lives on this device only. That is a fine way to use Tend.</Trans>
          </p>
          <AddAccountForm
            onAdded={() => {
              setAdded(true);
              onAccountChanged();
            }}
          />
        </>
      )}
    </section>
  );
}

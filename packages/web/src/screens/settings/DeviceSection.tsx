import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useVaultSession } from '../../state/vault-session.tsx';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';
import type { AccountInfo } from '../../vault/vault-service.ts';
import { DeleteAccountForm } from './DeleteAccountForm.tsx';

interface DeviceSectionProps {
  readonly account: AccountInfo | null;
  readonly onAccountChanged: () => void;
}

/** Locks the vault on this device now, whatever the lock time. */
export function LockSection() {
  const session = useVaultSession();
  return (
    <section className="settings-section" aria-labelledby="lock-heading">
      <h2 id="lock-heading">
        <Trans>Lock now</Trans>
      </h2>
      <p>
        <Trans>Closes your vault on this device until you unlock it again.</Trans>
      </p>
      <div className="actions">
        <button type="button" onClick={session.lock}>
          <Trans>Lock now</Trans>
        </button>
      </div>
    </section>
  );
}

/** Deleting the account from the server, and the vault from this device: each asked for once more. */
export function DeleteSection({ account, onAccountChanged }: DeviceSectionProps) {
  const { vault } = useApp();
  const { t } = useLingui();
  const session = useVaultSession();
  const [isConfirming, setIsConfirming] = useState(false);
  const [isAccountDeleted, setIsAccountDeleted] = useState(false);
  const action = useAction();

  const deleteDeviceVault = async () => {
    setIsConfirming(false);
    if (await action.run(() => vault.deleteLocalVault())) await session.refresh();
  };

  return (
    <section className="settings-section" aria-labelledby="delete-heading">
      <h2 id="delete-heading" className="visually-hidden">
        <Trans>Deleting</Trans>
      </h2>
      {account ? (
        <DeleteAccountForm
          onDeleted={() => {
            setIsAccountDeleted(true);
            onAccountChanged();
          }}
        />
      ) : null}
      <Notice tone="success">
        {isAccountDeleted
          ? t`Your account and its data are deleted from the server. Your vault is still here.`
          : null}
      </Notice>
      <h3>
        <Trans>Delete this device's vault</Trans>
      </h3>
      <p>
        {account ? (
          <Trans>
            Removes your vault from this browser. Your account keeps a sealed copy you can sign in to again.
          </Trans>
        ) : (
          <Trans>
            Removes your vault from this browser. With no account, nothing else holds a copy, so please export
            it first if you would like to keep it.
          </Trans>
        )}
      </p>
      <Notice tone="problem">{action.problem}</Notice>
      <div className="actions">
        <button type="button" className="danger" onClick={() => setIsConfirming(true)}>
          <Trans>Delete this device's vault</Trans>
        </button>
      </div>
      <ConfirmDialog
        isOpen={isConfirming}
        title={t`Delete the vault on this device?`}
        confirmLabel={t`Delete the vault`}
        onConfirm={() => void deleteDeviceVault()}
        onCancel={() => setIsConfirming(false)}
      >
        <p>
          <Trans>This cannot be undone on this device.</Trans>
        </p>
      </ConfirmDialog>
    </section>
  );
}

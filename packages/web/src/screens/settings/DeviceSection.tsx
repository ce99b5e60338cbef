import { useState } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useVaultSession } from '../../state/vault-session.tsx';
import { Link } from '../../router/router.tsx';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';
import type { AccountInfo } from '../../vault/vault-service.ts';
import { DeleteAccountForm } from './DeleteAccountForm.tsx';

interface DeviceSectionProps {
  readonly account: AccountInfo | null;
  readonly onAccountChanged: () => void;
}

export function DeviceSection({ account, onAccountChanged }: DeviceSectionProps) {
  const { vault } = useApp();
  const session = useVaultSession();
  const [isConfirming, setIsConfirming] = useState(false);
  const [isAccountDeleted, setIsAccountDeleted] = useState(false);
  const action = useAction();

  const deleteDeviceVault = async () => {
    setIsConfirming(false);
    if (await action.run(() => vault.deleteLocalVault())) await session.refresh();
  };

  return (
    <section className="settings-section" aria-labelledby="device-heading">
      <h2 id="device-heading">Locking and deleting</h2>
      <div className="actions">
        <button type="button" onClick={session.lock}>
          Lock now
        </button>
      </div>
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
          ? 'Your account and its data are deleted from the server. Your vault is still here.'
          : null}
      </Notice>
      <h3>Delete this device's vault</h3>
      <p>
        Removes your vault from this browser.{' '}
        {account
          ? 'Your account keeps a sealed copy you can sign in to again.'
          : 'With no account, nothing else holds a copy, so please export it first if you would like to keep it.'}
      </p>
      <Notice tone="problem">{action.problem}</Notice>
      <div className="actions">
        <button type="button" className="danger" onClick={() => setIsConfirming(true)}>
          Delete this device's vault
        </button>
      </div>
      <ConfirmDialog
        isOpen={isConfirming}
        title="Delete the vault on this device?"
        confirmLabel="Delete the vault"
        onConfirm={() => void deleteDeviceVault()}
        onCancel={() => setIsConfirming(false)}
      >
        <p>This cannot be undone on this device.</p>
      </ConfirmDialog>
      <p>
        <Link to="/about">About Tend</Link>
      </p>
    </section>
  );
}

import { Trans, useLingui } from '@lingui/react/macro';
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
    <section className="settings-section" aria-labelledby="device-heading">
      <h2 id="device-heading">
        <Trans>Locking and deleting</Trans>
      </h2>
      <div className="actions">
        <button type="button" onClick={session.lock}>
          <Trans>Lock now</Trans>
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
      <p>
        <Link to="/about">
          <Trans>About Tend</Trans>
        </Link>
      </p>
    </section>
  );
}

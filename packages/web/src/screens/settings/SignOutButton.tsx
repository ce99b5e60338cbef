import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useVaultSession } from '../../state/vault-session.tsx';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';
import { VaultStateError } from '../../vault/index.ts';

/** Signs this device out: the sealed vault stays with the account; this device's copy is removed. */
export function SignOutButton() {
  const { vault } = useApp();
  const { t } = useLingui();
  const session = useVaultSession();
  const [isConfirming, setIsConfirming] = useState(false);
  const action = useAction();

  const signOut = async () => {
    setIsConfirming(false);
    let isUnsynced = false;
    const isSignedOut = await action.run(async () => {
      try {
        await vault.signOut();
      } catch (error) {
        isUnsynced = error instanceof VaultStateError && error.state === 'unsynced-changes';
        throw error;
      }
    });
    if (isSignedOut) await session.refresh();
    else if (isUnsynced)
      action.fail(
        t`Some changes on this device have not reached your account yet, so signing out now would lose them. They will sync when you are online. If you mean to let them go, you can delete this device’s vault below.`,
      );
  };

  return (
    <>
      <Notice tone="problem">{action.problem}</Notice>
      <div className="actions">
        <button type="button" aria-disabled={action.busy} onClick={() => setIsConfirming(true)}>
          {action.busy ? t`Signing out…` : t`Sign out on this device`}
        </button>
      </div>
      <ConfirmDialog
        isOpen={isConfirming}
        title={t`Sign out on this device?`}
        confirmLabel={t`Sign out`}
        onConfirm={() => void signOut()}
        onCancel={() => setIsConfirming(false)}
      >
        <p>
          <Trans>
            Your vault stays sealed with your account, and this device’s copy is removed. You can sign in
            again whenever you like.
          </Trans>
        </p>
      </ConfirmDialog>
    </>
  );
}

import { useLingui } from '@lingui/react/macro';
import { useApp } from '../../state/app-provider.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';

/** One touch instead of the passphrase, for a vault that has a passkey on this device. */
export function PasskeyUnlock({ onUnlocked }: { onUnlocked: () => Promise<void> }) {
  const { t } = useLingui();
  const { vault } = useApp();
  const action = useAction();
  const unlock = () =>
    void action.run(async () => {
      await vault.quickUnlock.unlockWithPasskey();
      await onUnlocked();
    });

  return (
    <div className="passkey-unlock">
      <div className="actions">
        <button type="button" className="primary" aria-disabled={action.busy} onClick={unlock}>
          {action.busy ? t`Waiting for your passkey…` : t`Unlock with a passkey`}
        </button>
      </div>
      <Notice tone="problem">{action.problem}</Notice>
    </div>
  );
}

import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { useVaultSession } from '../../state/vault-session.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';
import { durationText } from './lock-times.ts';

/** Off unless the person turns it on; says plainly what it keeps and what it risks. */
export function RememberDeviceSection() {
  const session = useVaultSession();
  const { t } = useLingui();
  const { isRememberedOnDevice: isOn, autoLockMinutes } = session.settings;
  const away = durationText(autoLockMinutes);
  const action = useAction();
  const [said, setSaid] = useState<string | null>(null);

  const choose = (remember: boolean) =>
    void action
      .run(() => session.updateSettings({ isRememberedOnDevice: remember }))
      .then((isDone) => {
        if (!isDone) return;
        setSaid(
          remember
            ? t`This device now remembers your vault.`
            : t`This device has forgotten your vault. Tend asks for your passphrase each time it opens.`,
        );
      });

  return (
    <section className="settings-section" aria-labelledby="remember-heading">
      <h2 id="remember-heading">
        <Trans>Remember on this device</Trans>
      </h2>
      <p>
        <Trans>
          When this is on, opening Tend again on this device, or reloading it, does not ask for your
          passphrase until you have been away for your lock time ({away}, under “Lock when idle”) or you lock
          it yourself. It is off unless you turn it on.
        </Trans>
      </p>
      <p>
        <Trans>
          Meanwhile your vault key stays on this device, sealed by a key the browser keeps and never hands
          out. Someone who picks up this device before the lock time could open Tend, so it suits a device
          only you use.
        </Trans>
      </p>
      <p className="plain-note">
        {isOn
          ? t`This device remembers your vault until you have been away for ${away}.`
          : t`This device does not remember your vault.`}
      </p>
      <Notice tone="success">{said}</Notice>
      <Notice tone="problem">{action.problem}</Notice>
      <div className="actions">
        {isOn ? (
          <button type="button" aria-disabled={action.busy} onClick={() => choose(false)}>
            <Trans>Forget this device</Trans>
          </button>
        ) : (
          <button type="button" aria-disabled={action.busy} onClick={() => choose(true)}>
            <Trans>Remember this device</Trans>
          </button>
        )}
      </div>
    </section>
  );
}

import { useState } from 'react';
import { useVaultSession } from '../../state/vault-session.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';
import { durationText } from './lock-times.ts';

/** Off unless the person turns it on; says plainly what it keeps and what it risks. */
export function RememberDeviceSection() {
  const session = useVaultSession();
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
            ? 'This device now remembers your vault.'
            : 'This device has forgotten your vault. Tend asks for your passphrase each time it opens.',
        );
      });

  return (
    <section className="settings-section" aria-labelledby="remember-heading">
      <h2 id="remember-heading">Remember on this device</h2>
      <p>
        When this is on, opening Tend again on this device, or reloading it, does not ask for your passphrase
        until you have been away for your lock time ({away}, under “Lock when idle”) or you lock it yourself.
        It is off unless you turn it on.
      </p>
      <p>
        Meanwhile your vault key stays on this device, sealed by a key the browser keeps and never hands out.
        Someone who picks up this device before the lock time could open Tend, so it suits a device only you
        use.
      </p>
      <p className="plain-note">
        {isOn
          ? `This device remembers your vault until you have been away for ${away}.`
          : 'This device does not remember your vault.'}
      </p>
      <Notice tone="success">{said}</Notice>
      <Notice tone="problem">{action.problem}</Notice>
      <div className="actions">
        {isOn ? (
          <button type="button" aria-disabled={action.busy} onClick={() => choose(false)}>
            Forget this device
          </button>
        ) : (
          <button type="button" aria-disabled={action.busy} onClick={() => choose(true)}>
            Remember this device
          </button>
        )}
      </div>
    </section>
  );
}

import { Trans } from '@lingui/react/macro';
import { useId } from 'react';
import { useVaultSession } from '../../state/vault-session.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';

/** The opt-in plaintext copy of the plan, with plain words about what it means. */
export function LockedCopyChoice() {
  const session = useVaultSession();
  const id = useId();
  const action = useAction();
  const choose = (isOn: boolean) =>
    void action.run(() => session.updateSettings({ isSafetyPlanReadableLocked: isOn }));

  return (
    <div className="field">
      <div className="field-check check-row">
        <input
          id={id}
          type="checkbox"
          checked={session.settings.isSafetyPlanReadableLocked}
          onChange={(e) => choose(e.target.checked)}
          aria-describedby={`${id}-hint`}
        />
        <label htmlFor={id}>
          <Trans>Keep my safety plan readable on this device while the vault is locked</Trans>
        </label>
      </div>
      <p className="field-hint" id={`${id}-hint`}>
        <Trans>
          Then Support now shows your plan even before you unlock. This copy is not encrypted: anyone who can
          open Tend on this device can read it without your passphrase. It never leaves this device, and
          turning this off removes it.
        </Trans>
      </p>
      <Notice tone="problem">{action.problem}</Notice>
    </div>
  );
}

import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useState } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useVaultSession } from '../../state/vault-session.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { Page } from '../../ui/Page.tsx';
import { useAction } from '../../ui/use-action.ts';
import { RecoveryKit } from './RecoveryKit.tsx';

/**
 * A recovery code the person has not yet said they kept (a new vault, a new code from Settings, or
 * either after a reload): it owns the screen until they have.
 */
export function PendingRecoveryCode() {
  const { t } = useLingui();
  const { vault } = useApp();
  const { refresh } = useVaultSession();
  const [code, setCode] = useState<string | null>(null);
  const done = useAction();

  useEffect(() => {
    let isCurrent = true;
    const show = async () => {
      const pending = await vault.recoveryCodes.pending();
      if (!isCurrent) return;
      if (pending !== null) return setCode(pending);
      // Nothing to show after all (kept in another tab, or a seal that no longer opens): go on.
      await vault.recoveryCodes.kept();
      await refresh();
    };
    // The vault locked meanwhile, say: the code stays pending and is shown at the next unlock.
    show().catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [vault, refresh]);

  if (code === null) {
    return (
      <Page title={t`Your recovery code`}>
        <p className="loading" role="status">
          <Trans>Opening your recovery code…</Trans>
        </p>
      </Page>
    );
  }
  return (
    <>
      <RecoveryKit
        recoveryCode={code}
        onDone={() =>
          void done.run(async () => {
            await vault.recoveryCodes.kept();
            await refresh();
          })
        }
      />
      <Notice tone="problem">{done.problem}</Notice>
    </>
  );
}

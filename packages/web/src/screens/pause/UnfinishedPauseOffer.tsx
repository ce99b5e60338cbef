import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { Link } from '../../router/router.tsx';
import { useApp } from '../../state/app-provider.tsx';
import { useKeptForLater, useUnfinishedPauses } from '../../state/use-pauses.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';
import { pauseStartWords } from './pause-words.ts';
import './unfinished-pause.css';

/**
 * Home offers the newest pause left open: finish it when ready, keep it for later (it waits in Past
 * pauses), or let it go, after a calm confirmation.
 */
export function UnfinishedPauseOffer() {
  const { t } = useLingui();
  const { vault } = useApp();
  const [kept, keep] = useKeptForLater();
  const [newest] = useUnfinishedPauses().filter((pause) => !kept.includes(pause.id));
  const [isConfirming, setIsConfirming] = useState(false);
  const action = useAction();
  if (!newest) return <Notice tone="problem">{action.problem}</Notice>;

  const from = pauseStartWords(newest.fields.startedAt);
  const letGo = () => {
    setIsConfirming(false);
    void action.run(() => vault.remove(newest.id));
  };

  return (
    <section className="unfinished-pause" aria-labelledby="unfinished-pause-heading">
      <h2 id="unfinished-pause-heading">
        <Trans>A pause left open</Trans>
      </h2>
      <p>
        <Trans>From {from}. You can come back to it now, later, or let it go.</Trans>
      </p>
      <div className="actions">
        <Link to={`/pause/${newest.id}`} className="button primary">
          <Trans>Finish your pause from {from}</Trans>
        </Link>
        <button type="button" onClick={() => keep(newest.id)}>
          <Trans>Keep it for later</Trans>
        </button>
        <button type="button" onClick={() => setIsConfirming(true)}>
          <Trans>Let this one go</Trans>
        </button>
      </div>
      <Notice tone="problem">{action.problem}</Notice>
      <ConfirmDialog
        isOpen={isConfirming}
        title={t`Let this pause go?`}
        confirmLabel={t`Let it go`}
        cancelLabel={t`Keep it`}
        onConfirm={letGo}
        onCancel={() => setIsConfirming(false)}
      >
        <p>
          <Trans>
            What you wrote in it leaves this device and, if you sync, your other devices. Nothing else
            changes.
          </Trans>
        </p>
      </ConfirmDialog>
    </section>
  );
}

import { Trans, useLingui } from '@lingui/react/macro';
import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';
import { endWords } from './practice-words.ts';

/**
 * "End this connection" with its calm confirmation, for either side of a connection: the client's and
 * the practitioner's differ only in the words around it and in what ending does.
 */
export function EndConnectionSection({
  name,
  intro,
  onEnd,
  children,
}: {
  name: string;
  /** A line under the heading, if this side says one. */
  intro?: ReactNode;
  onEnd: () => Promise<void>;
  /** What ending means, said in the confirmation. */
  children: ReactNode;
}) {
  const [isConfirming, setIsConfirming] = useState(false);
  const action = useAction(endWords);
  const { t } = useLingui();
  return (
    <section aria-labelledby="end-heading" className="other-way">
      <h2 id="end-heading">
        <Trans>End this connection</Trans>
      </h2>
      {intro}
      <Notice tone="problem">{action.problem}</Notice>
      <button
        type="button"
        className="danger-quiet"
        aria-disabled={action.busy}
        onClick={() => setIsConfirming(true)}
      >
        <Trans>End this connection</Trans>
      </button>
      <ConfirmDialog
        isOpen={isConfirming}
        title={t`End your connection with ${name}?`}
        confirmLabel={t`End the connection`}
        cancelLabel={t`Keep it`}
        onConfirm={() => {
          setIsConfirming(false);
          void action.run(onEnd);
        }}
        onCancel={() => setIsConfirming(false)}
      >
        {children}
      </ConfirmDialog>
    </section>
  );
}

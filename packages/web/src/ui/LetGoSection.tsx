import { Trans, useLingui } from '@lingui/react/macro';
import { useState, type ReactNode } from 'react';
import { opening } from '../i18n/sentences/say.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { Notice } from './Notice.tsx';
import { useAction } from './use-action.ts';

interface LetGoSectionProps {
  /** What is let go, as the button says it: "this meeting". */
  readonly what: string;
  /** A quiet line before the button, if it helps to know what stays. */
  readonly note?: ReactNode;
  /** What the confirmation says will happen. */
  readonly children: ReactNode;
  /** Removes the item; after it resolves the page usually moves on. */
  readonly onDelete: () => Promise<void>;
}

/**
 * The end of an item's page: a calm way to delete it, asked once more in a dialog that keeps it by
 * default. A failure is said in words and nothing moves.
 */
export function LetGoSection({ what, note, children, onDelete }: LetGoSectionProps) {
  const { t } = useLingui();
  const action = useAction();
  const [isConfirming, setIsConfirming] = useState(false);
  const remove = async () => {
    setIsConfirming(false);
    await action.run(onDelete);
  };
  return (
    <section aria-labelledby="let-go-heading" className="other-way">
      <h2 id="let-go-heading">
        <Trans>Let it go</Trans>
      </h2>
      {note ? <p className="quiet">{note}</p> : null}
      <Notice tone="problem">{action.problem}</Notice>
      {/* A sentence starts with a capital, wherever its language puts "this meeting" ("diese …"). */}
      <button type="button" className="danger-quiet" onClick={() => setIsConfirming(true)}>
        {opening(t`Delete ${what}`)}
      </button>
      <ConfirmDialog
        isOpen={isConfirming}
        title={opening(t`Delete ${what}?`)}
        confirmLabel={t`Delete`}
        onConfirm={() => void remove()}
        onCancel={() => setIsConfirming(false)}
      >
        {children}
      </ConfirmDialog>
    </section>
  );
}

/** What a confirmation says of something the person wrote. */
export const removedEverywhere = (
  <Trans>
    It will be removed from this device and, if you sync, from your other devices. This cannot be undone.
  </Trans>
);

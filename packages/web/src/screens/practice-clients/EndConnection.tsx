import { useState } from 'react';
import { Link } from '../../router/router.tsx';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';
import { endWords } from '../practice/practice-words.ts';

/**
 * Shown in place of everything once the share is gone: nothing of what was shared stays on screen.
 * The practitioner's private notes are their own records, so they stay.
 */
export function ConnectionEnded() {
  return (
    <>
      <p className="plain-note" role="status">
        This connection has ended. What was shared is no longer available, here or on the server. Your private
        notes stay with you.
      </p>
      <p>
        <Link to="/practice">All clients</Link>
      </p>
    </>
  );
}

export function EndConnection({ name, onEnd }: { name: string; onEnd: () => Promise<void> }) {
  const [isConfirming, setIsConfirming] = useState(false);
  const action = useAction(endWords);
  return (
    <section aria-labelledby="end-heading" className="other-way">
      <h2 id="end-heading">End this connection</h2>
      <Notice tone="problem">{action.problem}</Notice>
      <button
        type="button"
        className="danger-quiet"
        aria-disabled={action.busy}
        onClick={() => setIsConfirming(true)}
      >
        End this connection
      </button>
      <ConfirmDialog
        isOpen={isConfirming}
        title={`End your connection with ${name}?`}
        confirmLabel="End the connection"
        cancelLabel="Keep it"
        onConfirm={() => {
          setIsConfirming(false);
          void action.run(onEnd);
        }}
        onCancel={() => setIsConfirming(false)}
      >
        <p>
          Everything {name} shared, and everything you wrote to them, leaves the server at once. They will see
          that the connection has ended, and can connect again with a new invitation if you both wish. Your
          private notes stay with you.
        </p>
      </ConfirmDialog>
    </section>
  );
}

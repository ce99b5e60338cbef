import { Trans } from '@lingui/react/macro';
import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import { Link } from '../router/router.tsx';

interface ConfirmDialogProps {
  readonly isOpen: boolean;
  readonly title: string;
  readonly confirmLabel: string;
  readonly cancelLabel?: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  readonly children?: ReactNode;
}

/**
 * A native modal dialog: it traps focus, closes on Escape, and returns focus where it came from.
 * A modal dialog makes the rest of the page inert, top bar included, so it carries Support now itself.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.isOpen && !dialog.open) dialog.showModal();
    if (!props.isOpen && dialog.open) dialog.close();
  }, [props.isOpen]);

  return (
    <dialog ref={ref} className="confirm" aria-labelledby={titleId} onClose={props.onCancel}>
      <Link to="/support" className="button support-button dialog-support">
        <Trans>Support now</Trans>
      </Link>
      <h2 id={titleId}>{props.title}</h2>
      {props.children}
      <div className="actions">
        <button type="button" autoFocus onClick={props.onCancel}>
          {props.cancelLabel ?? <Trans>Keep it</Trans>}
        </button>
        <button type="button" className="danger" onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

import { Trans } from '@lingui/react/macro';
import type { ReactNode } from 'react';
import { Dialog, Heading } from 'react-aria-components/Dialog';
import { Modal, ModalOverlay } from 'react-aria-components/Modal';
import { Link } from '../router/router.tsx';
import './dialog.css';

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
 * A modal dialog that asks before something is let go. React Aria's modal keeps focus inside it, closes
 * on Escape (as "Keep it"), gives focus back to what opened it, hides the page behind it from screen
 * readers and holds that page still, so it cannot scroll away under the question. A tap beside it
 * changes nothing: only the buttons, Escape or Support now leave it. The rest of the page is out of
 * reach, top bar included, so the dialog carries Support now itself.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  return (
    <ModalOverlay
      className="dialog-backdrop"
      isOpen={props.isOpen}
      onOpenChange={(open) => {
        if (!open) props.onCancel();
      }}
    >
      <Modal className="confirm">
        <Dialog className="confirm-body">
          <Link to="/support" className="button support-button dialog-support">
            <Trans>Support now</Trans>
          </Link>
          <Heading slot="title" level={2}>
            {props.title}
          </Heading>
          {props.children}
          <div className="actions">
            {/* The gentler choice is the one a stray Enter takes. */}
            <button type="button" autoFocus onClick={props.onCancel}>
              {props.cancelLabel ?? <Trans>Keep it</Trans>}
            </button>
            <button type="button" className="danger" onClick={props.onConfirm}>
              {props.confirmLabel}
            </button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

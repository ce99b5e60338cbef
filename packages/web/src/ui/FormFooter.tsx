import { Notice } from './Notice.tsx';

interface FormFooterProps {
  readonly action: { readonly busy: boolean; readonly problem: string | null };
  readonly label: string;
  /** What the button says while the action runs, e.g. "Unlocking…". */
  readonly busyLabel?: string;
  readonly variant?: 'primary' | 'danger' | 'plain';
  /** The form's main action stays in view at the bottom of a long form (a check-in). */
  readonly isSticky?: boolean;
}

/** The end of a form: its problem, read out when it appears, and the submit button. */
export function FormFooter({
  action,
  label,
  busyLabel,
  variant = 'primary',
  isSticky = false,
}: FormFooterProps) {
  return (
    <>
      <Notice tone="problem">{action.problem}</Notice>
      <div className={isSticky ? 'actions primary-actions' : 'actions'}>
        <button
          type="submit"
          className={variant === 'plain' ? undefined : variant}
          aria-disabled={action.busy}
        >
          {action.busy && busyLabel ? busyLabel : label}
        </button>
      </div>
    </>
  );
}

import { useLingui } from '@lingui/react/macro';
import { useId } from 'react';
import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';

interface FieldFrameProps {
  readonly label: string;
  readonly hint?: ReactNode;
  readonly children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
}

function FieldFrame({ label, hint, children }: FieldFrameProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy: hint ? hintId : undefined })}
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

type InputFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange'> & {
  readonly label: string;
  readonly hint?: ReactNode;
  readonly onValue?: (value: string) => void;
};

/** A labelled input; the hint is tied to it with aria-describedby. */
export function InputField({ label, hint, onValue, ...input }: InputFieldProps) {
  return (
    <FieldFrame label={label} hint={hint}>
      {({ id, describedBy }) => (
        <input
          id={id}
          aria-describedby={describedBy}
          onChange={(e) => onValue?.(e.target.value)}
          {...input}
        />
      )}
    </FieldFrame>
  );
}

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange'> & {
  readonly label: string;
  readonly hint?: ReactNode;
  readonly onValue: (value: string) => void;
};

export function TextAreaField({ label, hint, onValue, ...area }: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} hint={hint}>
      {({ id, describedBy }) => (
        <textarea
          id={id}
          aria-describedby={describedBy}
          onChange={(e) => onValue(e.target.value)}
          {...area}
        />
      )}
    </FieldFrame>
  );
}

interface CheckboxFieldProps {
  readonly label: string;
  readonly checked: boolean;
  readonly onChecked: (checked: boolean) => void;
}

export function CheckboxField({ label, checked, onChecked }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className="field field-check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChecked(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

type PassphraseFieldProps = Omit<InputFieldProps, 'label' | 'type' | 'autoComplete'> & {
  readonly label?: string;
};

/** The passphrase a person already has (unlock, sign in, re-authentication before a big step). */
export function PassphraseField({ label, ...input }: PassphraseFieldProps) {
  const { t } = useLingui();
  return (
    <InputField
      label={label ?? t`Passphrase`}
      type="password"
      autoComplete="current-password"
      required
      {...input}
    />
  );
}

type UsernameFieldProps = Omit<InputFieldProps, 'label' | 'type' | 'autoComplete' | 'required'>;

/** The username of an account, made or signed in to (the browser may offer the one it keeps). */
export function UsernameField(input: UsernameFieldProps) {
  const { t } = useLingui();
  return <InputField label={t`Username`} autoComplete="username" required {...input} />;
}

import { useLingui } from '@lingui/react/macro';
import { passphraseHint } from '../copy/passphrase-hint.ts';
import { InputField } from './Field.tsx';

interface NewPassphraseFieldsProps {
  readonly passphrase: string;
  readonly confirmation: string;
  readonly onPassphrase: (value: string) => void;
  readonly onConfirmation: (value: string) => void;
  readonly label?: string;
  readonly confirmLabel?: string;
}

/** A new passphrase typed twice, with a gentle strength hint under the first. */
export function NewPassphraseFields(props: NewPassphraseFieldsProps) {
  const { t } = useLingui();
  const hint = passphraseHint(props.passphrase);
  return (
    <>
      <InputField
        label={props.label ?? t`Passphrase`}
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        value={props.passphrase}
        onValue={props.onPassphrase}
        hint={<span className={`strength strength-${hint.strength}`}>{hint.text}</span>}
      />
      <InputField
        label={props.confirmLabel ?? t`Confirm passphrase`}
        type="password"
        autoComplete="new-password"
        required
        value={props.confirmation}
        onValue={props.onConfirmation}
      />
    </>
  );
}

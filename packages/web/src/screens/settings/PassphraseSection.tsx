import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { newPassphraseProblem, passphraseProblemText } from '../../copy/passphrase-hint.ts';
import { InputField } from '../../ui/Field.tsx';
import { NewPassphraseFields } from '../../ui/NewPassphraseFields.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';

export function PassphraseSection() {
  const { vault } = useApp();
  const { t } = useLingui();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [isChanged, setIsChanged] = useState(false);
  const action = useAction({
    wrong_passphrase: t`Your current passphrase did not match. Nothing has changed.`,
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsChanged(false);
    const problem = newPassphraseProblem(next, confirmation);
    if (problem) return action.fail(passphraseProblemText(problem));
    if (!(await action.run(() => vault.changePassphrase(current, next)))) return;
    setCurrent('');
    setNext('');
    setConfirmation('');
    setIsChanged(true);
  };

  return (
    <section className="settings-section" aria-labelledby="passphrase-heading">
      <h2 id="passphrase-heading" className="visually-hidden">
        <Trans>Change passphrase</Trans>
      </h2>
      <form onSubmit={submit} noValidate>
        <InputField
          label={t`Current passphrase`}
          type="password"
          autoComplete="current-password"
          value={current}
          onValue={setCurrent}
        />
        <NewPassphraseFields
          label={t`New passphrase`}
          confirmLabel={t`Confirm new passphrase`}
          passphrase={next}
          confirmation={confirmation}
          onPassphrase={setNext}
          onConfirmation={setConfirmation}
        />
        <Notice tone="problem">{action.problem}</Notice>
        <Notice tone="success">
          {isChanged ? t`Your passphrase has changed. Your recovery code still works.` : null}
        </Notice>
        <div className="actions">
          <button type="submit" aria-disabled={action.busy}>
            <Trans>Change passphrase</Trans>
          </button>
        </div>
      </form>
    </section>
  );
}

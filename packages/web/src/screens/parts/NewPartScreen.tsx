import { Trans, useLingui } from '@lingui/react/macro';
import { createPart, termMeanings } from '@tend/core';
import { useState } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useRouter } from '../../router/router.tsx';
import { Page } from '../../ui/Page.tsx';
import { useAction } from '../../ui/use-action.ts';
import { describePartProblems } from './part-problems.ts';
import { emptyPartForm, PartForm, type PartFormValues } from './PartForm.tsx';
import './parts.css';
import { Meaning } from '../../ui/Meaning.tsx';
import { useCoreWord } from '../../i18n/core-words.ts';

export function NewPartScreen() {
  const { vault, ports } = useApp();
  const { navigate } = useRouter();
  const [values, setValues] = useState<PartFormValues>(emptyPartForm);
  const action = useAction();
  const { t } = useLingui();
  const word = useCoreWord();

  const save = async () => {
    const result = createPart(ports, values);
    if (!result.ok) return action.fail(describePartProblems(result.problems));
    if (!(await action.run(() => vault.save(result.part)))) return;
    navigate(`/parts/${result.part.id}`, { replace: true });
  };

  return (
    <Page title={t`New part`} className="parts">
      <p className="lead">
        <Trans>A name is enough to begin. Everything else can come later, or not at all.</Trans>
      </p>
      <Meaning question={t`What is a part?`}>
        <p>{word(termMeanings.part)}</p>
      </Meaning>
      <PartForm
        values={values}
        onValues={setValues}
        onSave={() => void save()}
        action={action}
        saveLabel={t`Save part`}
      />
    </Page>
  );
}

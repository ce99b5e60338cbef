import { Trans, useLingui } from '@lingui/react/macro';
import { addRelationship } from '@tend/core';
import { useState } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useRouter } from '../../router/router.tsx';
import { Page } from '../../ui/Page.tsx';
import { useAction } from '../../ui/use-action.ts';
import { describeRelationshipProblems } from './relationship-words.ts';
import { emptyRelationshipForm, RelationshipForm, type RelationshipFormValues } from './RelationshipForm.tsx';
import '../parts/parts.css';
import './relationships.css';

export function NewRelationshipScreen() {
  const { vault, ports } = useApp();
  const { navigate } = useRouter();
  const { t } = useLingui();
  const [values, setValues] = useState<RelationshipFormValues>(emptyRelationshipForm);
  const action = useAction();

  const save = async () => {
    const { path, ...about } = values;
    const result = addRelationship(ports, path ? { ...about, path } : about);
    if (!result.ok) return action.fail(describeRelationshipProblems(result.problems));
    if (!(await action.run(() => vault.save(result.relationship)))) return;
    navigate(`/people/${result.relationship.id}`, { replace: true });
  };

  return (
    <Page title={t`Add someone`} className="relationships">
      <p className="lead">
        <Trans>A name is enough to begin. Everything else can come later, or not at all.</Trans>
      </p>
      <RelationshipForm
        values={values}
        onValues={setValues}
        onSave={() => void save()}
        action={action}
        saveLabel={t`Save`}
        isAskingPath
      />
    </Page>
  );
}

import { useLingui } from '@lingui/react/macro';
import { editRelationship, type Relationship } from '@tend/core';
import { useState } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useRouter } from '../../router/router.tsx';
import { Page } from '../../ui/Page.tsx';
import { useAction } from '../../ui/use-action.ts';
import { describeRelationshipProblems } from './relationship-words.ts';
import { RelationshipForm, type RelationshipFormValues } from './RelationshipForm.tsx';
import { RelationshipMissing } from './RelationshipMissing.tsx';
import { useRelationship } from '../../state/use-relationships.ts';
import '../parts/parts.css';
import './relationships.css';

function EditForm({ relationship }: { relationship: Relationship }) {
  const { vault, ports } = useApp();
  const { navigate } = useRouter();
  const { t } = useLingui();
  const { name, type, roles, fears, partIds } = relationship.fields;
  const [values, setValues] = useState<RelationshipFormValues>({
    name,
    type,
    roles,
    fears,
    partIds,
    path: null,
  });
  const action = useAction();

  const save = async () => {
    // The path keeps its own dated history (PathSection); this form changes only the rest.
    const { name, type, roles, fears, partIds } = values;
    const result = editRelationship(ports, relationship, { name, type, roles, fears, partIds });
    if (!result.ok) return action.fail(describeRelationshipProblems(result.problems));
    if (!(await action.run(() => vault.save(result.relationship)))) return;
    navigate(`/people/${relationship.id}`, { replace: true });
  };

  return (
    <RelationshipForm
      values={values}
      onValues={setValues}
      onSave={() => void save()}
      action={action}
      saveLabel={t`Save changes`}
      isAskingPath={false}
    />
  );
}

export function EditRelationshipScreen({ id }: { id: string }) {
  const relationship = useRelationship(id);
  const { t } = useLingui();
  if (!relationship) return <RelationshipMissing />;
  const { name } = relationship.fields;
  return (
    <Page title={t`Edit ${name}`} className="relationships">
      <EditForm relationship={relationship} />
    </Page>
  );
}

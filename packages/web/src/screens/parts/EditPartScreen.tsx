import { useLingui } from '@lingui/react/macro';
import { editPart, type Part } from '@tend/core';
import { useState } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useRouter } from '../../router/router.tsx';
import { Page } from '../../ui/Page.tsx';
import { useAction } from '../../ui/use-action.ts';
import { describePartProblems } from './part-problems.ts';
import { PartForm, type PartFormValues } from './PartForm.tsx';
import { PartMissing } from './PartMissing.tsx';
import { usePart } from '../../state/use-parts.ts';
import { usePartName } from '../../i18n/part-name.ts';
import './parts.css';

/** The form's share of a part; archiving, links and the map place are left to their own screens. */
function valuesOf({ fields: f }: Part): PartFormValues {
  return {
    name: f.name,
    description: f.description,
    feels: f.feels,
    needs: f.needs,
    fearsIfStopped: f.fearsIfStopped,
    protects: f.protects,
    bodyPlace: f.bodyPlace,
    feltAge: f.feltAge,
    colourOrSymbol: f.colourOrSymbol,
    origins: f.origins,
    role: f.role,
    state: f.state,
  };
}

function EditPart({ part }: { part: Part }) {
  const { vault, ports } = useApp();
  const { navigate } = useRouter();
  const [values, setValues] = useState<PartFormValues>(() => valuesOf(part));
  const action = useAction();
  const { t } = useLingui();
  const nameOf = usePartName();
  const name = nameOf(part);

  const save = async () => {
    const result = editPart(ports, part, values);
    if (!result.ok) return action.fail(describePartProblems(result.problems));
    if (!(await action.run(() => vault.save(result.part)))) return;
    navigate(`/parts/${part.id}`, { replace: true });
  };

  return (
    <Page title={t`Edit ${name}`} className="parts">
      <PartForm
        values={values}
        onValues={setValues}
        onSave={() => void save()}
        action={action}
        saveLabel={t`Save changes`}
      />
    </Page>
  );
}

export function EditPartScreen({ id }: { id: string }) {
  const part = usePart(id);
  return part ? <EditPart part={part} /> : <PartMissing />;
}

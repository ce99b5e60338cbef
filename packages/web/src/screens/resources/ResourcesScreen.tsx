import { Trans, useLingui } from '@lingui/react/macro';
import {
  addResource,
  arrangeResources,
  editResource,
  removeResource,
  type Resource,
  resourceTypeWords,
} from '@tend/core';
import { useState } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { Page } from '../../ui/Page.tsx';
import { ReachText } from '../../ui/ReachText.tsx';
import { useAction } from '../../ui/use-action.ts';
import { emptyResource, ResourceForm, type ResourceFormValues } from './ResourceForm.tsx';
import { useResources } from '../../state/use-resources.ts';
import './resources.css';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { useCoreWord } from '../../i18n/core-words.ts';

/** People, places, practices, steadying words and professional supports, in the person's own order. */
export function ResourcesScreen() {
  const { vault, ports } = useApp();
  const resources = useResources();
  const action = useAction();
  const [editing, setEditing] = useState<Resource | null>(null);
  const [removing, setRemoving] = useState<Resource | null>(null);
  const { t } = useLingui();
  const word = useCoreWord();
  const needsName = t`Please give it a name, so you can find it in a hard moment.`;
  const editingName = editing?.fields.name ?? '';
  const removingName = removing?.fields.name ?? '';

  const add = async (values: ResourceFormValues) => {
    const result = addResource(ports, values);
    if (!result.ok) {
      action.fail(needsName);
      return false;
    }
    return action.run(() => vault.save(result.resource));
  };

  const edit = async (values: ResourceFormValues) => {
    if (!editing) return false;
    const result = editResource(ports, editing, values);
    if (!result.ok) {
      action.fail(needsName);
      return false;
    }
    const ok = await action.run(() => vault.save(result.resource));
    if (ok) setEditing(null);
    return ok;
  };

  const move = (index: number, by: -1 | 1) => {
    const ids = resources.map((r) => r.id);
    const [moved] = ids.splice(index, 1);
    if (!moved) return;
    ids.splice(index + by, 0, moved);
    const changed = arrangeResources(ports, resources, ids);
    void action.run(async () => {
      for (const resource of changed) await vault.save(resource);
    });
  };

  const remove = () => {
    if (!removing) return;
    const { removedId } = removeResource(resources, removing.id);
    setRemoving(null);
    void action.run(() => vault.remove(removedId));
  };

  return (
    <Page title={t`Resources`} className="resources">
      <p className="lead">
        <Trans>
          What helps you in a hard moment. Pause offers these as options when it feels like there is nothing
          you can do.
        </Trans>
      </p>
      {resources.length ? (
        <ol className="resource-list">
          {resources.map((resource, index) => {
            const name = resource.fields.name;
            return (
              <li key={resource.id}>
                <span className="resource-name">{resource.fields.name}</span>
                <span className="quiet">{word(resourceTypeWords[resource.fields.type])}</span>
                {resource.fields.reach ? <ReachText words={resource.fields.reach} /> : null}
                <div className="actions">
                  <button type="button" onClick={() => setEditing(resource)} aria-label={t`Edit ${name}`}>
                    <Trans>Edit</Trans>
                  </button>
                  <button
                    type="button"
                    disabled={index === 0 || action.busy}
                    onClick={() => move(index, -1)}
                    aria-label={t`Move up ${name}`}
                  >
                    <Trans>Move up</Trans>
                  </button>
                  <button
                    type="button"
                    disabled={index === resources.length - 1 || action.busy}
                    onClick={() => move(index, 1)}
                    aria-label={t`Move down ${name}`}
                  >
                    <Trans>Move down</Trans>
                  </button>
                  <button type="button" onClick={() => setRemoving(resource)} aria-label={t`Remove ${name}`}>
                    <Trans>Remove</Trans>
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      ) : (
        <EmptyState>
          <Trans>Nothing gathered yet. There is no hurry.</Trans>
        </EmptyState>
      )}
      <section aria-labelledby="resource-form-heading">
        <h2 id="resource-form-heading">{editing ? t`Edit ${editingName}` : t`Add a resource`}</h2>
        <ResourceForm
          key={editing?.id ?? 'new'}
          initial={editing?.fields ?? emptyResource}
          submitLabel={editing ? t`Save changes` : t`Add`}
          action={action}
          onSubmit={editing ? edit : add}
          {...(editing ? { onCancel: () => setEditing(null) } : {})}
        />
      </section>
      <ConfirmDialog
        isOpen={removing !== null}
        title={t`Remove ${removingName}?`}
        confirmLabel={t`Remove`}
        onConfirm={remove}
        onCancel={() => setRemoving(null)}
      >
        <p>
          <Trans>Pauses that showed it keep their words. You can add it again whenever you like.</Trans>
        </p>
      </ConfirmDialog>
    </Page>
  );
}

import { Trans, useLingui } from '@lingui/react/macro';
import { emptySafetyPlan, type SafetyPlanDraft } from '@tend/core';
import { useRef, useState } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useVaultSession } from '../../state/vault-session.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';
import { LockedCopyChoice } from './LockedCopyChoice.tsx';
import { SafetyPlanForm } from './SafetyPlanForm.tsx';
import { SafetyPlanSteps } from './SafetyPlanSteps.tsx';
import { useSafetyPlan } from '../../state/use-safety-plan.ts';
import { useVaultOpening } from '../../state/use-vault-objects.ts';
import { StillOpening } from '../../ui/StillOpening.tsx';
import { preparePlan } from './prepare-plan.ts';

/** The plan in the open vault: read, and edited in place. Saving works offline like every vault write. */
function OpenPlan() {
  const { t } = useLingui();
  const plan = useSafetyPlan();
  const { vault, ports } = useApp();
  const action = useAction();
  const [isEditing, setIsEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);

  const leaveEditing = () => {
    setIsEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };

  const save = async (draft: SafetyPlanDraft) => {
    const prepared = preparePlan(ports, plan, draft);
    if (!prepared.ok) return action.fail(prepared.problem);
    if (!(await action.run(() => vault.save(prepared.plan)))) return;
    setSaved(t`Your safety plan is saved on this device.`);
    leaveEditing();
  };

  if (isEditing) {
    return (
      <SafetyPlanForm
        plan={plan?.fields ?? emptySafetyPlan}
        isSaving={action.busy}
        problem={action.problem}
        onSave={(draft) => void save(draft)}
        onCancel={leaveEditing}
      />
    );
  }
  return (
    <>
      {plan ? (
        <SafetyPlanSteps plan={plan.fields} isShowingEmpty />
      ) : (
        <p>
          <Trans>
            A safety plan is a short list, in your own words, of what helps when things get very hard. You can
            write it now, while it is calmer, and come back to it whenever you need.
          </Trans>
        </p>
      )}
      <Notice tone="success">{saved}</Notice>
      <div className="actions">
        <button
          type="button"
          ref={editButton}
          onClick={() => {
            setSaved(null);
            setIsEditing(true);
          }}
        >
          {plan ? <Trans>Edit my safety plan</Trans> : <Trans>Start my safety plan</Trans>}
        </button>
      </div>
      <LockedCopyChoice />
    </>
  );
}

/**
 * While locked: the copy the person chose to keep readable, if any. While the vault is still opening,
 * the same copy, and a word that the plan itself comes in a moment.
 */
function LockedPlan({ isOpening = false }: { readonly isOpening?: boolean }) {
  const { vault } = useApp();
  const copy = vault.lockedSafetyPlan();
  if (isOpening)
    return (
      <>
        <StillOpening />
        {copy ? <SafetyPlanSteps plan={copy} isShowingEmpty={false} /> : null}
      </>
    );
  if (!copy)
    return (
      <p className="quiet">
        <Trans>Your safety plan is in your vault. Unlock to see it.</Trans>
      </p>
    );
  return (
    <>
      <p className="quiet">
        <Trans>You chose to keep this copy readable on this device while the vault is locked.</Trans>
      </p>
      <SafetyPlanSteps plan={copy} isShowingEmpty={false} />
    </>
  );
}

/** "My safety plan" in Support now (the Stanley–Brown steps), open or locked; absent with no vault. */
export function SafetyPlanSection() {
  const { status } = useVaultSession();
  const isOpening = useVaultOpening();
  if (status === 'none') return null;
  return (
    <section className="safety-plan" aria-labelledby="safety-plan-heading">
      <h2 id="safety-plan-heading">
        <Trans>My safety plan</Trans>
      </h2>
      {status === 'unlocked' && !isOpening ? <OpenPlan /> : <LockedPlan isOpening={isOpening} />}
    </section>
  );
}

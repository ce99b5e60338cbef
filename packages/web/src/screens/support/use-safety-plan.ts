import {
  editSafetyPlan,
  isSafetyPlan,
  safetyPlanKind,
  startSafetyPlan,
  type DomainPorts,
  type SafetyPlan,
  type SafetyPlanDraft,
  type SafetyPlanProblem,
} from '@tend/core';
import { useMemo } from 'react';
import { useApp, useVaultRevision } from '../../app/app-provider.tsx';

/** The open vault's one safety plan, or null before the person starts one. */
export function useSafetyPlan(): SafetyPlan | null {
  const { vault } = useApp();
  const revision = useVaultRevision();
  return useMemo(() => {
    void revision;
    // One per vault; should two devices each start one before syncing, the older one is the plan.
    const plans = vault.list(safetyPlanKind).filter(isSafetyPlan);
    return [...plans].sort((a, b) => a.createdAt - b.createdAt)[0] ?? null;
  }, [vault, revision]);
}

export type PreparedPlan = { ok: true; plan: SafetyPlan } | { ok: false; problem: string };

function describePlanProblems(problems: readonly SafetyPlanProblem[]): string {
  return problems.some((p) => p.endsWith('-too-many'))
    ? 'One step has more lines than it can hold. Would you like to keep the ones that matter most?'
    : 'One line is quite long. Would you like to say it in fewer words?';
}

/** Starts the plan or applies the edit, checked by the domain; saving is the caller's next step. */
export function preparePlan(
  ports: DomainPorts,
  plan: SafetyPlan | null,
  draft: SafetyPlanDraft,
): PreparedPlan {
  const result = plan ? editSafetyPlan(ports, plan, draft) : startSafetyPlan(ports, draft);
  return result.ok ? result : { ok: false, problem: describePlanProblems(result.problems) };
}

import { msg } from '@lingui/core/macro';
import { i18n } from '../../i18n/activate.ts';
import {
  editSafetyPlan,
  startSafetyPlan,
  type DomainPorts,
  type SafetyPlan,
  type SafetyPlanDraft,
  type SafetyPlanProblem,
} from '@tend/core';

export type PreparedPlan = { ok: true; plan: SafetyPlan } | { ok: false; problem: string };

function describePlanProblems(problems: readonly SafetyPlanProblem[]): string {
  // eslint-disable-next-line lingui/no-unlocalized-strings -- a problem's name, not words
  return problems.some((p) => p.endsWith('-too-many'))
    ? i18n._(msg`One step has more lines than it can hold. Would you like to keep the ones that matter most?`)
    : i18n._(msg`One line is quite long. Would you like to say it in fewer words?`);
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

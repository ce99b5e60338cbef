import type { DomainPorts } from '../ports.ts';
import { editVaultObject } from '../vault/vault-object.ts';
import { checkSafetyPlan } from './check-safety-plan.ts';
import type { SafetyPlan, SafetyPlanDraft, SafetyPlanResult } from './safety-plan.ts';
import { tidySafetyPlanDraft } from './start-safety-plan.ts';

/** Changes some steps of the plan; untouched steps keep their stamps, so two devices' edits merge. */
export function editSafetyPlan(
  ports: Pick<DomainPorts, 'clock'>,
  plan: SafetyPlan,
  changes: SafetyPlanDraft,
): SafetyPlanResult {
  const edited = editVaultObject(plan, tidySafetyPlanDraft(changes), ports.clock.now());
  const problems = checkSafetyPlan(edited.fields);
  if (problems.length) return { ok: false, problems };
  return { ok: true, plan: edited };
}

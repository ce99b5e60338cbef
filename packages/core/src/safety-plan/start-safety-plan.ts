import type { DomainPorts } from '../ports.ts';
import { newVaultObject } from '../vault/vault-object.ts';
import { checkSafetyPlan, tidySafetyPlanItems } from './check-safety-plan.ts';
import {
  emptySafetyPlan,
  safetyPlanKind,
  safetyPlanSteps,
  type SafetyPlanDraft,
  type SafetyPlanFields,
  type SafetyPlanResult,
} from './safety-plan.ts';

/** Tidies every step the draft holds, leaving the others out. */
export function tidySafetyPlanDraft(draft: SafetyPlanDraft): SafetyPlanDraft {
  const tidy: { -readonly [K in keyof SafetyPlanDraft]: SafetyPlanDraft[K] } = {};
  for (const step of safetyPlanSteps) {
    const items = draft[step];
    if (items) tidy[step] = tidySafetyPlanItems(items);
  }
  return tidy;
}

/** Starts the vault's one safety plan; any step can stay empty until the person is ready. */
export function startSafetyPlan(ports: DomainPorts, draft: SafetyPlanDraft = {}): SafetyPlanResult {
  const now = ports.clock.now();
  const fields: SafetyPlanFields = { ...emptySafetyPlan, ...tidySafetyPlanDraft(draft) };
  const problems = checkSafetyPlan(fields);
  if (problems.length) return { ok: false, problems };
  return { ok: true, plan: newVaultObject(ports.ids.newId(), safetyPlanKind, fields, now) };
}

import { isStringArray } from '../parts/field-guards.ts';
import type { VaultObject } from '../vault/vault-object.ts';
import {
  safetyPlanKind,
  safetyPlanLimits,
  safetyPlanSteps,
  type SafetyPlan,
  type SafetyPlanFields,
  type SafetyPlanProblem,
} from './safety-plan.ts';

/** Returns what is wrong with a safety plan's fields, or an empty list. Empty steps are fine. */
export function checkSafetyPlan(fields: SafetyPlanFields): SafetyPlanProblem[] {
  const problems: SafetyPlanProblem[] = [];
  for (const step of safetyPlanSteps) {
    const items = fields[step];
    if (items.length > safetyPlanLimits.itemsPerStep) problems.push(`${step}-too-many`);
    if (items.some((item) => item.length > safetyPlanLimits.itemLength)) problems.push(`${step}-too-long`);
  }
  return problems;
}

/** Whether an object read back from the vault has the shape of a safety plan. */
export function isSafetyPlan(object: VaultObject): object is SafetyPlan {
  return (
    object.kind === safetyPlanKind && safetyPlanSteps.every((step) => isStringArray(object.fields[step]))
  );
}

/** Trims each item and leaves out empty ones, so a stray blank line is not kept as a step. */
export function tidySafetyPlanItems(items: readonly string[]): string[] {
  return items.map((item) => item.trim()).filter((item) => item.length > 0);
}

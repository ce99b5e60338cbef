export {
  safetyPlanKind,
  safetyPlanSteps,
  safetyPlanLimits,
  safetyPlanCopy,
  emptySafetyPlan,
  type SafetyPlan,
  type SafetyPlanFields,
  type SafetyPlanDraft,
  type SafetyPlanStep,
  type SafetyPlanProblem,
  type SafetyPlanResult,
} from './safety-plan.ts';
export { checkSafetyPlan, isSafetyPlan, tidySafetyPlanItems } from './check-safety-plan.ts';
export { startSafetyPlan } from './start-safety-plan.ts';
export { editSafetyPlan } from './edit-safety-plan.ts';

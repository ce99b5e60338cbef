import { isSafetyPlan, safetyPlanKind, type SafetyPlan, type VaultObject } from '@tend/core';
import { useVaultObjects } from './use-vault-objects.ts';

const oldestMade = (a: VaultObject, b: VaultObject): number => a.createdAt - b.createdAt;

/** The open vault's one safety plan, or null before the person starts one. */
export function useSafetyPlan(): SafetyPlan | null {
  // One per vault; should two devices each start one before syncing, the older one is the plan.
  return useVaultObjects(safetyPlanKind, isSafetyPlan, oldestMade)[0] ?? null;
}

import {
  isSafetyPlan,
  stableJson,
  safetyPlanKind,
  type SafetyPlanFields,
  type SafetyPlanStep,
  type VaultObject,
} from '@tend/core';
import type { VaultRuntime } from './runtime.ts';
import { vaultMeta } from './vault-meta.ts';
import type { DeviceSettings } from './vault-service.ts';

/** Only the plan's steps, nothing else of the vault object (no id, no stamps). */
function stepsOf(object: VaultObject): SafetyPlanFields | null {
  if (!isSafetyPlan(object)) return null;
  const f = object.fields;
  return {
    warningSigns: f.warningSigns,
    thingsThatHelp: f.thingsThatHelp,
    peopleAndPlaces: f.peopleAndPlaces,
    peopleToAsk: f.peopleToAsk,
    professionalSupports: f.professionalSupports,
    crisisLines: f.crisisLines,
    saferSurroundings: f.saferSurroundings,
  } satisfies Record<SafetyPlanStep, readonly string[]>;
}

/** The vault's one plan; should two devices each start one before syncing, the older one is the plan. */
function planIn(runtime: VaultRuntime): VaultObject | undefined {
  const plans = runtime.session?.view.list(safetyPlanKind) ?? [];
  return [...plans].sort((a, b) => a.createdAt - b.createdAt)[0];
}

/**
 * The plaintext copy of the safety plan kept in this device's meta store, by the person's choice, so
 * Support now can show it while the vault is locked. Each VaultService holds its own (no singleton).
 */
export function createLockedSafetyPlan(runtime: VaultRuntime) {
  let copy: SafetyPlanFields | null = null;

  async function store(plan: SafetyPlanFields | null): Promise<void> {
    await vaultMeta.setLockedSafetyPlan(await runtime.db(), plan);
    copy = plan;
  }

  return {
    current: () => copy,
    async load(): Promise<void> {
      copy = await vaultMeta.lockedSafetyPlan(await runtime.db());
    },
    /** A saved object: when it is the plan and the person keeps a copy, the copy follows it. */
    async afterSave(object: VaultObject): Promise<void> {
      if (object.kind !== safetyPlanKind || !runtime.settings.isSafetyPlanReadableLocked) return;
      const steps = stepsOf(object);
      if (steps) await store(steps);
    },
    /** Turning the choice on copies the open vault's plan; turning it off removes the copy. */
    async afterSettings(before: DeviceSettings, after: DeviceSettings): Promise<void> {
      if (!after.isSafetyPlanReadableLocked) {
        if (before.isSafetyPlanReadableLocked || copy) await store(null);
        return;
      }
      const plan = planIn(runtime);
      if (plan) await store(stepsOf(plan));
    },
    /** A change that came another way (pulled from another device, imported): the copy follows it. */
    async followVault(): Promise<void> {
      if (!runtime.settings.isSafetyPlanReadableLocked) return;
      const plan = planIn(runtime);
      const steps = plan ? stepsOf(plan) : null;
      if (steps && stableJson(steps) !== stableJson(copy)) await store(steps);
    },
  };
}

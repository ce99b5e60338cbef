import { describe, expect, it } from 'vitest';
import { testPorts } from '../parts/test-factories.ts';
import { mergeVaultObjects } from '../vault/merge.ts';
import { newVaultObject } from '../vault/vault-object.ts';
import { checkSafetyPlan, isSafetyPlan } from './check-safety-plan.ts';
import { editSafetyPlan } from './edit-safety-plan.ts';
import {
  emptySafetyPlan,
  safetyPlanCopy,
  safetyPlanKind,
  safetyPlanSteps,
  type SafetyPlan,
  type SafetyPlanResult,
} from './safety-plan.ts';
import { startSafetyPlan } from './start-safety-plan.ts';

function planOf(result: SafetyPlanResult): SafetyPlan {
  if (!result.ok) throw new Error(`unexpected problems: ${result.problems.join()}`);
  return result.plan;
}

describe('startSafetyPlan', () => {
  it('starts an empty plan with every step', () => {
    const plan = planOf(startSafetyPlan(testPorts()));
    expect(plan.kind).toBe(safetyPlanKind);
    expect(plan.fields).toEqual(emptySafetyPlan);
    expect(isSafetyPlan(plan)).toBe(true);
  });

  it('keeps the person’s words, trimmed, and leaves blank lines out', () => {
    const plan = planOf(startSafetyPlan(testPorts(), { warningSigns: ['  not sleeping ', '', '   '] }));
    expect(plan.fields.warningSigns).toEqual(['not sleeping']);
    expect(plan.fields.thingsThatHelp).toEqual([]);
  });

  it.each([
    [
      'too many items',
      { peopleToAsk: Array.from({ length: 31 }, (_, i) => `friend ${i}`) },
      'peopleToAsk-too-many',
    ],
    ['an item too long', { crisisLines: ['x'.repeat(501)] }, 'crisisLines-too-long'],
  ])('refuses %s', (_, draft, problem) => {
    const result = startSafetyPlan(testPorts(), draft);
    expect(result.ok ? [] : result.problems).toEqual([problem]);
  });
});

describe('editSafetyPlan', () => {
  it('changes only the steps given, stamping just those', () => {
    const ports = testPorts();
    const plan = planOf(startSafetyPlan(ports, { warningSigns: ['racing thoughts'] }));
    ports.tick(1_000);
    const edited = planOf(editSafetyPlan(ports, plan, { thingsThatHelp: ['a warm shower'] }));
    expect(edited.fields.warningSigns).toEqual(['racing thoughts']);
    expect(edited.fields.thingsThatHelp).toEqual(['a warm shower']);
    expect(edited.stamps['warningSigns']).toBe(plan.stamps['warningSigns']);
    expect(edited.stamps['thingsThatHelp']).toBeGreaterThan(plan.stamps['thingsThatHelp'] ?? 0);
  });

  it('merges two devices’ edits of different steps', () => {
    const ports = testPorts();
    const plan = planOf(startSafetyPlan(ports));
    ports.tick(10);
    const phone = planOf(editSafetyPlan(ports, plan, { peopleToAsk: ['Sam'] }));
    ports.tick(10);
    const laptop = planOf(editSafetyPlan(ports, plan, { saferSurroundings: ['give the pills to Sam'] }));
    const merged = mergeVaultObjects(phone, laptop);
    expect(merged.fields.peopleToAsk).toEqual(['Sam']);
    expect(merged.fields.saferSurroundings).toEqual(['give the pills to Sam']);
  });

  it('refuses an edit that breaks the limits and keeps the plan as it was', () => {
    const ports = testPorts();
    const plan = planOf(startSafetyPlan(ports));
    const result = editSafetyPlan(ports, plan, { warningSigns: ['x'.repeat(600)] });
    expect(result.ok).toBe(false);
    expect(plan.fields.warningSigns).toEqual([]);
  });
});

describe('isSafetyPlan and checkSafetyPlan', () => {
  it('tells a plan from other shapes', () => {
    expect(isSafetyPlan(newVaultObject('a', safetyPlanKind, { warningSigns: 'one' }, 1))).toBe(false);
    expect(isSafetyPlan(newVaultObject('a', 'resource', { ...emptySafetyPlan }, 1))).toBe(false);
    expect(checkSafetyPlan(emptySafetyPlan)).toEqual([]);
  });
});

describe('safetyPlanCopy', () => {
  it('names and gently invites every step, without exclamation marks', () => {
    for (const step of safetyPlanSteps) {
      const copy = safetyPlanCopy[step];
      expect(copy.title.length).toBeGreaterThan(0);
      expect(`${copy.title} ${copy.prompt}`).not.toContain('!');
    }
  });
});

import type { RelationalCheckIn } from '../check-ins/check-in.ts';
import { afterwardsOf, byAt } from './relationship-story.ts';
import type { Relationship } from './relationship.ts';

/**
 * When a relationship "keeps depleting": among its latest 4 check-ins where "afterwards" was noted, at
 * least 3 left the person depleted (below zero), and those depleting ones span at least 3 weeks. One
 * hard week is not a pattern, so a cluster of bad days does not count; an in-between or nourishing time
 * among them does not undo it either.
 */
export const keepsDepletingRule = { latest: 4, depleted: 3, spanDays: 21 } as const;

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Whether a relationship has kept depleting (see keepsDepletingRule). Tend then offers gentleQuestions
 * and the practitioner path; it never advises ending a relationship.
 */
export function keepsDepleting(relationship: Relationship, checkIns: readonly RelationalCheckIn[]): boolean {
  return keepsDepletingAmong(checkIns.filter((c) => c.fields.relationshipId === relationship.id));
}

/** The rule over one relationship's check-ins, in any order. */
export function keepsDepletingAmong(own: readonly RelationalCheckIn[]): boolean {
  const depleted = latestNoted(own, keepsDepletingRule.latest).filter((c) => (afterwardsOf(c) ?? 0) < 0);
  if (depleted.length < keepsDepletingRule.depleted) return false;
  const first = depleted[0]?.fields.at ?? 0;
  const last = depleted.at(-1)?.fields.at ?? 0;
  return last - first >= keepsDepletingRule.spanDays * dayMs;
}

/** The latest `count` check-ins with "afterwards" noted, oldest first, in one pass (no full sort). */
export function latestNoted(checkIns: readonly RelationalCheckIn[], count: number): RelationalCheckIn[] {
  const kept: RelationalCheckIn[] = [];
  for (const checkIn of checkIns) {
    if (afterwardsOf(checkIn) === null) continue;
    const oldest = kept[0];
    if (kept.length === count && (!oldest || byAt(checkIn, oldest) <= 0)) continue;
    let i = kept.length;
    while (i > 0 && byAt(checkIn, kept[i - 1] ?? checkIn) < 0) i -= 1;
    kept.splice(i, 0, checkIn);
    if (kept.length > count) kept.shift();
  }
  return kept;
}

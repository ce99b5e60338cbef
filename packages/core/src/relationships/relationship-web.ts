import type { RelationalCheckIn } from '../check-ins/check-in.ts';
import { keepsDepletingAmong } from './keeps-depleting.ts';
import { currentPath } from './path-history.ts';
import { relationshipWebCopy as copy } from './relationship-copy.ts';
import { afterwardsOf } from './relationship-story.ts';
import type { Relationship, RelationshipPath } from './relationship.ts';

/** How a relationship has felt lately, for the web view and its accessible list. */
export const relationshipFeelings = ['nourishing', 'mixed', 'depleting', 'not-enough-check-ins'] as const;
export type RelationshipFeeling = (typeof relationshipFeelings)[number];

export type RelationshipWebOptions = {
  /** How far back "lately" reaches, in weeks; 8 when not given. */
  readonly weeks?: number;
};

export type RelationshipWebEntry = {
  readonly relationshipId: string;
  readonly path: RelationshipPath | null;
  readonly feeling: RelationshipFeeling;
  /** One plain sentence on why, with counts. Contains nothing the person wrote. */
  readonly explanation: string;
  /** Check-ins in the window, whether or not "afterwards" was noted. */
  readonly checkInsLately: number;
  readonly nourished: number;
  readonly depleted: number;
  readonly inBetween: number;
  /** The time of the latest check-in ever, or null before the first. */
  readonly lastCheckInAt: number | null;
  /** Whether gentleQuestions should be offered (see keepsDepleting). */
  readonly keepsDepleting: boolean;
};

/**
 * A feeling needs at least two noted check-ins in the window. Two thirds or more one way reads as
 * nourishing or depleting; anything else is mixed.
 */
export const relationshipWebRule = { weeks: 8, minimumNoted: 2, share: 2 / 3 } as const;

const weekMs = 7 * 24 * 60 * 60 * 1000;

/** For each relationship, in the order given, how time together has felt lately and why. */
export function relationshipWeb(
  relationships: readonly Relationship[],
  checkIns: readonly RelationalCheckIn[],
  now: number,
  options: RelationshipWebOptions = {},
): RelationshipWebEntry[] {
  const weeks = options.weeks ?? relationshipWebRule.weeks;
  const byRelationship = new Map<string, RelationalCheckIn[]>(relationships.map((r) => [r.id, []]));
  for (const checkIn of checkIns) byRelationship.get(checkIn.fields.relationshipId)?.push(checkIn);
  return relationships.map((relationship) =>
    webEntry(relationship, byRelationship.get(relationship.id) ?? [], now - weeks * weekMs, weeks),
  );
}

function webEntry(
  relationship: Relationship,
  own: readonly RelationalCheckIn[],
  since: number,
  weeks: number,
): RelationshipWebEntry {
  const counts = { checkInsLately: 0, nourished: 0, depleted: 0, inBetween: 0 };
  let lastCheckInAt: number | null = null;
  for (const checkIn of own) {
    const at = checkIn.fields.at;
    lastCheckInAt = lastCheckInAt === null ? at : Math.max(lastCheckInAt, at);
    if (at < since) continue;
    counts.checkInsLately += 1;
    const afterwards = afterwardsOf(checkIn);
    if (afterwards === null) continue;
    if (afterwards > 0) counts.nourished += 1;
    else if (afterwards < 0) counts.depleted += 1;
    else counts.inBetween += 1;
  }
  const { feeling, explanation } = describeFeeling(counts, weeks);
  return {
    relationshipId: relationship.id,
    path: currentPath(relationship),
    feeling,
    explanation,
    ...counts,
    lastCheckInAt,
    keepsDepleting: keepsDepletingAmong(own),
  };
}

type Counts = { nourished: number; depleted: number; inBetween: number };

function describeFeeling(
  { nourished, depleted, inBetween }: Counts,
  weeks: number,
): { feeling: RelationshipFeeling; explanation: string } {
  const noted = nourished + depleted + inBetween;
  const { minimumNoted, share } = relationshipWebRule;
  if (noted < minimumNoted) return { feeling: 'not-enough-check-ins', explanation: copy.notEnough(weeks) };
  if (nourished >= noted * share)
    return { feeling: 'nourishing', explanation: copy.nourishing(weeks, nourished, noted) };
  if (depleted >= noted * share)
    return { feeling: 'depleting', explanation: copy.depleting(weeks, depleted, noted) };
  return { feeling: 'mixed', explanation: copy.mixed(weeks, nourished, depleted, inBetween) };
}

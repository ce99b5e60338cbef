import type { Relationship } from '../relationships/relationship.ts';
import { relationshipWebRule } from '../relationships/relationship-web.ts';
import { feltScale, type CheckInQuality, type Felt, type RelationalCheckIn } from './check-in.ts';
import { qualityWebCopy as copy } from './quality-copy.ts';

/** How often one quality came with a person lately; the web draws each line by it. */
export const qualityLeans = ['often', 'sometimes', 'rarely', 'not-enough-noted'] as const;
export type QualityLean = (typeof qualityLeans)[number];

export type QualityWebEntry = {
  readonly relationshipId: string;
  readonly lean: QualityLean;
  /** Times it was felt mostly or fully, and times it was answered at all, in the window. */
  readonly often: number;
  readonly noted: number;
  /** The weeks counted, ending now. */
  readonly weeks: number;
  /** One plain sentence with the counts. Contains nothing the person wrote. */
  readonly explanation: string;
};

const weekMs = 7 * 24 * 60 * 60 * 1000;
const isFelt = (value: unknown): value is Felt => feltScale.some((f) => f === value);

/**
 * The web viewed by one quality (say, feeling validated): for each relationship, in the order given
 * (never ranked), how often it came in the same window and by the same rule as the web's feelings.
 */
export function qualityWeb(
  relationships: readonly Relationship[],
  checkIns: readonly RelationalCheckIn[],
  quality: CheckInQuality,
  now: number,
  weeks: number = relationshipWebRule.weeks,
): QualityWebEntry[] {
  const since = now - weeks * weekMs;
  const tallies = new Map(relationships.map((r) => [r.id, { often: 0, noted: 0 }]));
  for (const checkIn of checkIns) {
    const tally = tallies.get(checkIn.fields.relationshipId);
    const answer = checkIn.fields[quality];
    if (!tally || !isFelt(answer) || checkIn.fields.at < since || checkIn.fields.at > now) continue;
    tally.noted += 1;
    if (answer === 'mostly' || answer === 'fully') tally.often += 1;
  }
  return relationships.map((relationship) => {
    const { often, noted } = tallies.get(relationship.id) ?? { often: 0, noted: 0 };
    const lean = leanOf(often, noted);
    const explanation =
      lean === 'not-enough-noted' ? copy.notEnough(weeks, quality) : copy.noted(weeks, quality, often, noted);
    return { relationshipId: relationship.id, lean, often, noted, weeks, explanation };
  });
}

function leanOf(often: number, noted: number): QualityLean {
  if (noted < relationshipWebRule.minimumNoted) return 'not-enough-noted';
  if (often / noted >= relationshipWebRule.share) return 'often';
  if ((noted - often) / noted >= relationshipWebRule.share) return 'rarely';
  return 'sometimes';
}

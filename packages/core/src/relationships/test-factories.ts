// Test data factories for the relationship and check-in tests (not exported from the package).
import { recordCheckIn } from '../check-ins/record-check-in.ts';
import type { CheckInDraft, RelationalCheckIn } from '../check-ins/check-in.ts';
import type { DomainPorts } from '../ports.ts';
import { addRelationship, type RelationshipDraft } from './add-relationship.ts';
import type { Relationship, RelationshipResult } from './relationship.ts';

export function okRelationship(result: RelationshipResult): Relationship {
  if (!result.ok) throw new Error(`unexpected problems: ${result.problems.join()}`);
  return result.relationship;
}

export function makeRelationship(ports: DomainPorts, draft: Partial<RelationshipDraft> = {}): Relationship {
  return okRelationship(addRelationship(ports, { name: 'My sister', ...draft }));
}

export function makeCheckIn(ports: DomainPorts, draft: CheckInDraft): RelationalCheckIn {
  const result = recordCheckIn(ports, draft);
  if (!result.ok) throw new Error(`unexpected problems: ${result.problems.join()}`);
  return result.checkIn;
}

export const dayMs = 24 * 60 * 60 * 1000;

/**
 * Words a relationship summary must never say (docs/CARE.md), and, above all, no advice to end, leave or cut
 * off a relationship: Tend offers questions and the practitioner path instead.
 */
export const forbiddenInRelationshipCopy: readonly RegExp[] = [
  /!/u,
  /\bfix/iu,
  /get(ting)? rid of/iu,
  /overcom/iu,
  /\bheal(ed|ing)?\b/iu,
  /\bbroken\b/iu,
  /\bstreaks?\b/iu,
  /\bmissed\b/iu,
  /you haven['’]?t/iu,
  /\bfail/iu,
  /\bscore\b/iu,
  /\byou (must|should)\b/iu,
  /\bend(s|ed|ing)?\b/iu,
  /\bleav(e|es|ing)\b/iu,
  /\bleft (them|him|her|it)\b/iu,
  /\bcut(ting)? (\w+ )?off\b/iu,
  /\bcut ties\b/iu,
  /\bwalk(ing)? away\b/iu,
  /\bbreak(ing)? up\b/iu,
  /\b(let|letting) (them|him|her) go\b/iu,
  /\bno contact\b/iu,
  /\btoxic\b/iu,
];

export function toneProblems(text: string): string[] {
  return forbiddenInRelationshipCopy.filter((pattern) => pattern.test(text)).map(String);
}

import type { Relationship } from '../relationships/relationship.ts';
import { pathHistory } from '../relationships/path-history.ts';
import { relationshipBoundaries } from '../relationships/relationship-boundaries.ts';

/** Everything a person wrote about a relationship: its name, roles and fears in their words, path notes, boundaries. */
export function relationshipTexts(relationship: Relationship): string[] {
  const f = relationship.fields;
  return [
    f.name,
    ...f.roles.map((r) => r.words),
    ...f.fears.map((r) => r.words),
    ...pathHistory(relationship).map((p) => p.note),
    ...relationshipBoundaries(relationship).map((b) => b.text),
  ];
}

import { boundaryPrefix, isBoundaryKey, type Boundary, type Relationship } from './relationship.ts';

export type BoundaryEntry = Boundary & { readonly id: string };

/** The boundaries I am practising, oldest first, each with its id; removed ones are left out. */
export function relationshipBoundaries(relationship: Relationship): BoundaryEntry[] {
  const entries: BoundaryEntry[] = [];
  for (const key of Object.keys(relationship.fields)) {
    if (!isBoundaryKey(key)) continue;
    const boundary = relationship.fields[key];
    if (boundary) entries.push({ id: key.slice(boundaryPrefix.length), ...boundary });
  }
  return entries.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

import {
  isPathKey,
  pathPrefix,
  type PathChange,
  type Relationship,
  type RelationshipPath,
} from './relationship.ts';

export type PathEntry = PathChange & { readonly id: string };

const byAtThenId = (a: PathEntry, b: PathEntry): number =>
  a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every change of path, oldest first, each with its id. Two devices' changes both stay in the history. */
export function pathHistory(relationship: Relationship): PathEntry[] {
  const entries: PathEntry[] = [];
  for (const key of Object.keys(relationship.fields)) {
    if (!isPathKey(key)) continue;
    const change = relationship.fields[key];
    if (change) entries.push({ id: key.slice(pathPrefix.length), ...change });
  }
  return entries.sort(byAtThenId);
}

/** The path the person sees now: the latest change, or null before any was chosen. */
export function currentPath(relationship: Relationship): RelationshipPath | null {
  return pathHistory(relationship).at(-1)?.path ?? null;
}

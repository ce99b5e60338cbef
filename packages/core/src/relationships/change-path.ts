import type { DomainPorts } from '../ports.ts';
import { editVaultObject } from '../vault/vault-object.ts';
import { checkPathChange } from './check-relationship.ts';
import { currentPath } from './path-history.ts';
import {
  pathKey,
  type PathChange,
  type PathEntries,
  type Relationship,
  type RelationshipFields,
  type RelationshipPath,
  type RelationshipResult,
} from './relationship.ts';

export type PathChangeOptions = {
  /** When the path changed, if earlier than now. */
  readonly at?: number;
  /** What moved, in the person's words. */
  readonly note?: string;
};

/**
 * Records the path I see a relationship on now. Earlier paths are never changed: each change is a dated
 * entry of the history. Choosing the path it is already on changes nothing and says so.
 */
export function changePath(
  ports: DomainPorts,
  relationship: Relationship,
  path: RelationshipPath,
  options: PathChangeOptions = {},
): RelationshipResult {
  const now = ports.clock.now();
  const change: PathChange = { path, at: options.at ?? now, note: options.note ?? '' };
  const problems = checkPathChange(change);
  if (currentPath(relationship) === path) problems.push('path-unchanged');
  if (problems.length) return { ok: false, problems };
  const key = pathKey(ports.ids.newId());
  const entry: PathEntries = { [key]: change };
  return { ok: true, relationship: editVaultObject<RelationshipFields>(relationship, entry, now) };
}

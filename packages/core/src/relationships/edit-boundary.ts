import type { DomainPorts } from '../ports.ts';
import { editVaultObject } from '../vault/vault-object.ts';
import { checkBoundary } from './check-relationship.ts';
import {
  boundaryKey,
  type BoundaryEntries,
  type Relationship,
  type RelationshipFields,
  type RelationshipResult,
} from './relationship.ts';

/** Rewords a boundary I am practising; it keeps the date it began. */
export function editBoundary(
  ports: Pick<DomainPorts, 'clock'>,
  relationship: Relationship,
  boundaryId: string,
  text: string,
): RelationshipResult {
  const key = boundaryKey(boundaryId);
  const boundary = relationship.fields[key];
  if (!boundary) return { ok: false, problems: ['boundary-not-found'] };
  const changed = { ...boundary, text };
  const problems = checkBoundary(changed);
  if (problems.length) return { ok: false, problems };
  const entry: BoundaryEntries = { [key]: changed };
  return {
    ok: true,
    relationship: editVaultObject<RelationshipFields>(relationship, entry, ports.clock.now()),
  };
}

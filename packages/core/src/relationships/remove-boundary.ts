import type { DomainPorts } from '../ports.ts';
import { editVaultObject } from '../vault/vault-object.ts';
import {
  boundaryKey,
  type BoundaryEntries,
  type Relationship,
  type RelationshipFields,
  type RelationshipResult,
} from './relationship.ts';

/**
 * Takes a boundary off the list. Its field stays, set to null, so a merge with an older copy from
 * another device does not bring it back.
 */
export function removeBoundary(
  ports: Pick<DomainPorts, 'clock'>,
  relationship: Relationship,
  boundaryId: string,
): RelationshipResult {
  const key = boundaryKey(boundaryId);
  if (!relationship.fields[key]) return { ok: false, problems: ['boundary-not-found'] };
  const entry: BoundaryEntries = { [key]: null };
  return {
    ok: true,
    relationship: editVaultObject<RelationshipFields>(relationship, entry, ports.clock.now()),
  };
}

import type { DomainPorts } from '../ports.ts';
import { editVaultObject } from '../vault/vault-object.ts';
import { checkBoundary } from './check-relationship.ts';
import {
  boundaryKey,
  type Boundary,
  type BoundaryEntries,
  type Relationship,
  type RelationshipFields,
  type RelationshipResult,
} from './relationship.ts';

/** Adds a boundary I am practising with this person, since now or an earlier `at`. */
export function addBoundary(
  ports: DomainPorts,
  relationship: Relationship,
  text: string,
  at: number = ports.clock.now(),
): RelationshipResult {
  const boundary: Boundary = { text, at };
  const problems = checkBoundary(boundary);
  if (problems.length) return { ok: false, problems };
  const key = boundaryKey(ports.ids.newId());
  const entry: BoundaryEntries = { [key]: boundary };
  return {
    ok: true,
    relationship: editVaultObject<RelationshipFields>(relationship, entry, ports.clock.now()),
  };
}

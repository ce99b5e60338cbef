import type { DomainPorts } from '../ports.ts';
import { editVaultObject } from '../vault/vault-object.ts';
import { checkRelationship } from './check-relationship.ts';
import type { Relationship, RelationshipAbout, RelationshipResult } from './relationship.ts';

/**
 * Changes the name, type, roles, fears or parts of a relationship. The path and the boundaries have
 * their own use cases, so a form can never rewrite their history by accident.
 */
export function editRelationship(
  ports: Pick<DomainPorts, 'clock'>,
  relationship: Relationship,
  changes: Partial<RelationshipAbout>,
): RelationshipResult {
  const edited = editVaultObject(relationship, changes, ports.clock.now());
  const problems = checkRelationship(edited.fields);
  if (problems.length) return { ok: false, problems };
  return { ok: true, relationship: edited };
}

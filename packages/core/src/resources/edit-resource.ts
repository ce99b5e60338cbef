import type { DomainPorts } from '../ports.ts';
import { editVaultObject } from '../vault/vault-object.ts';
import { checkResource } from './check-resource.ts';
import type { Resource, ResourceFields, ResourceResult } from './resource.ts';

/** Changes a resource's type, name, how to reach or use it, notes or place in the list. */
export function editResource(
  ports: Pick<DomainPorts, 'clock'>,
  resource: Resource,
  changes: Partial<ResourceFields>,
): ResourceResult {
  const edited = editVaultObject(resource, changes, ports.clock.now());
  const problems = checkResource(edited.fields);
  if (problems.length) return { ok: false, problems };
  return { ok: true, resource: edited };
}

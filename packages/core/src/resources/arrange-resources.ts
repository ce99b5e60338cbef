import type { DomainPorts } from '../ports.ts';
import { editVaultObject } from '../vault/vault-object.ts';
import { byResourceOrder, type Resource } from './resource.ts';

/**
 * Puts resources in the order the person chose (ids first to last; any not named keep their
 * relative place after them). Returns only the resources whose order changed, ready to save.
 */
export function arrangeResources(
  ports: Pick<DomainPorts, 'clock'>,
  resources: readonly Resource[],
  orderedIds: readonly string[],
): Resource[] {
  const rank = new Map(orderedIds.map((id, index) => [id, index]));
  const named = resources.filter((r) => rank.has(r.id));
  named.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  const rest = resources.filter((r) => !rank.has(r.id)).sort(byResourceOrder);
  const now = ports.clock.now();
  return [...named, ...rest].flatMap((resource, order) =>
    resource.fields.order === order ? [] : [editVaultObject(resource, { order }, now)],
  );
}

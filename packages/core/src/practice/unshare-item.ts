import type { DomainPorts } from '../ports.ts';
import { editVaultObject } from '../vault/vault-object.ts';
import type { SharedItem } from './practice.ts';

/**
 * Unshares an item. The item stays in the vault marked unshared rather than deleted: a kind shared
 * going forward then never shares that object again, and the marker merges safely across devices.
 * planSharedRecords removes its shared record from the server. The original object is untouched.
 */
export function unshareItem(ports: Pick<DomainPorts, 'clock'>, item: SharedItem): SharedItem {
  if (item.fields.unsharedAt !== null) return item;
  const now = ports.clock.now();
  return editVaultObject(item, { unsharedAt: now, snapshot: null }, now);
}

import { endConnection as endedConnection, unshareItem, type Connection } from '@tend/core';
import { ServiceError } from '../vault-service.ts';
import { hasCode, isOffline, requireAccount, type PracticeDeps } from './practice-deps.ts';
import { connectionById, domainPorts, connectionsOf, sharedItemsOf } from './practice-objects.ts';

/**
 * Ends a connection in the vault: the share key goes, so nothing later is sealed to it, and every
 * shared item is marked unshared. The items, the session list and the replies stay in the vault (they
 * hold no key and go nowhere), so "Who opened what" can still name what was opened.
 */
export async function endLocally(
  deps: PracticeDeps,
  connection: Connection,
  endedBy: 'me' | 'practitioner',
): Promise<void> {
  const ended = endedConnection(domainPorts(deps.ctx), connection, endedBy);
  if (ended !== connection) await deps.vault.save(ended);
  const ports = domainPorts(deps.ctx);
  for (const item of sharedItemsOf(deps.vault, connection.id)) {
    if (item.fields.unsharedAt === null) await deps.vault.save(unshareItem(ports, item));
  }
}

/** Removes the share on the server; already gone is as good as removed. */
export async function endOnServer(deps: PracticeDeps, shareId: string): Promise<void> {
  await deps.api.endShare(shareId).catch((error: unknown) => {
    if (!hasCode(error, 'not_found')) throw error;
  });
}

export async function endConnection(
  deps: PracticeDeps,
  id: { connectionId: string } | { shareId: string },
): Promise<void> {
  requireAccount(deps);
  const connection =
    'connectionId' in id
      ? connectionById(deps.vault, id.connectionId)
      : (connectionsOf(deps.vault).find((c) => c.fields.shareId === id.shareId) ?? null);
  if (!connection) {
    if ('connectionId' in id) throw new ServiceError('not_found', 'There is no such connection.');
    await endOnServer(deps, id.shareId);
    deps.store.dropClient(id.shareId);
    deps.keys.dropPractitionerKey(id.shareId);
    return;
  }
  // The vault first: whatever the network does, nothing more is shared from this device.
  if (connection.fields.endedAt === null) await endLocally(deps, connection, 'me');
  try {
    await endOnServer(deps, connection.fields.shareId);
    deps.store.endingFailed(connection.id, null);
  } catch (error) {
    // Ended here; the sharing state says so, and the next refresh removes it from the server.
    deps.store.endingFailed(connection.id, error);
    if (isOffline(error))
      throw new ServiceError('offline', 'Ended here; the server will follow when online.');
    throw error;
  }
}

import { endConnection as endedConnection, type Connection } from '@tend/core';
import { ServiceError } from '../vault-service.ts';
import { hasCode, isOffline, requireAccount, type PracticeDeps } from './practice-deps.ts';
import {
  connectionById,
  domainPorts,
  connectionsOf,
  repliesOf,
  sessionListOf,
  sharedItemsOf,
} from './practice-objects.ts';

/**
 * Ends a connection in the vault: the share key goes (nothing later is sealed to it) and the shared
 * copies with it. Ended by the client, their session list and replies go too: they were for this share.
 */
export async function endLocally(
  deps: PracticeDeps,
  connection: Connection,
  endedBy: 'me' | 'practitioner',
): Promise<void> {
  const ended = endedConnection(domainPorts(deps.ctx), connection, endedBy);
  if (ended !== connection) await deps.vault.save(ended);
  const id = connection.id;
  const list = endedBy === 'me' ? sessionListOf(deps.vault, id) : null;
  const gone = [
    ...sharedItemsOf(deps.vault, id),
    ...(list ? [list] : []),
    ...(endedBy === 'me' ? repliesOf(deps.vault, id) : []),
  ];
  for (const object of gone) await deps.vault.remove(object.id);
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
  } catch (error) {
    // Ended here; the next refresh removes it from the server once it can be reached.
    if (isOffline(error))
      throw new ServiceError('offline', 'Ended here; the server will follow when online.');
    throw error;
  }
}

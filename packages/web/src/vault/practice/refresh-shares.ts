import type { SealedShares } from '@tend/sync';
import type { ClientSummary } from '../practice-service.ts';
import { ServiceError } from '../vault-service.ts';
import { endLocally, endOnServer } from './end-connection.ts';
import type { PracticeDeps } from './practice-deps.ts';
import { connectionById, connectionsOf, isActive } from './practice-objects.ts';

async function clientsOf(deps: PracticeDeps, shares: SealedShares, accountId: string) {
  const opened = await Promise.all(
    shares.asPractitioner.map(async (share): Promise<ClientSummary | null> => {
      const held = await deps.keys.openAsPractitioner(share, accountId);
      if (!held) return null;
      const hasNew = share.clientSeq > share.seenSeq;
      return { shareId: share.shareId, name: held.name, connectedAt: share.createdAt, hasNew };
    }),
  );
  return opened
    .filter((c): c is ClientSummary => c !== null)
    .sort((a, b) => a.name.localeCompare(b.name) || a.connectedAt - b.connectedAt);
}

/**
 * Removes from the server the share of a connection this device ended while offline. What stops it is
 * shown in the sharing state, and the next refresh tries again.
 */
async function endStill(deps: PracticeDeps, connectionId: string, shareId: string, isListed: boolean) {
  if (!isListed) {
    deps.store.endingFailed(connectionId, null);
    return;
  }
  try {
    await endOnServer(deps, shareId);
    deps.store.endingFailed(connectionId, null);
  } catch (error) {
    deps.store.endingFailed(connectionId, error);
  }
}

/**
 * Brings the vault's connections in line with the server: one the server no longer lists was ended
 * by the practitioner; one this device ended while offline is ended on the server now.
 */
async function followServer(deps: PracticeDeps, shares: SealedShares, before: readonly string[]) {
  const listed = new Set(shares.asClient.map((s) => s.shareId));
  for (const id of before) {
    const connection = connectionById(deps.vault, id);
    if (!connection) continue;
    const { shareId, endedBy } = connection.fields;
    if (isActive(connection) && !listed.has(shareId)) await endLocally(deps, connection, 'practitioner');
    else if (endedBy === 'me') await endStill(deps, id, shareId, listed.has(shareId));
  }
}

/** Reads the shares (no shared material: not an access); a server that cannot be reached shows in the snapshot. */
export async function refreshShares(deps: PracticeDeps): Promise<void> {
  const { runtime } = deps.ctx;
  const account = runtime.account;
  if (!account || !runtime.session) {
    deps.store.update();
    return;
  }
  // Only connections already in the vault before asking: one accepted meanwhile is not yet listed.
  const before = connectionsOf(deps.vault).map((c) => c.id);
  let shares: SealedShares;
  try {
    shares = await deps.api.shares();
  } catch (error) {
    deps.store.unreachable(error);
    if (error instanceof ServiceError) return;
    throw error;
  }
  deps.keys.keepPractitionerKeys(new Set(shares.asPractitioner.map((s) => s.shareId)));
  const clients = await clientsOf(deps, shares, account.accountId);
  const practitionerSeqs = new Map(shares.asClient.map((s) => [s.shareId, s.practitionerSeq]));
  deps.store.setServer({ isPractitioner: shares.isPractitioner, practitionerSeqs, clients });
  deps.store.reached();
  await followServer(deps, shares, before);
}

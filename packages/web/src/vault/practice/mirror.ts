import type { SharedItem } from '@tend/core';
import { createShareMirror, createShareSealer, type ShareTransport } from '@tend/sync';
import { endLocally } from './end-connection.ts';
import { hasCode, newId, shareLanguageOf, type PracticeDeps } from './practice-deps.ts';
import {
  connectionById,
  connectionsOf,
  isActive,
  repliesOf,
  sessionListOf,
  sharedItemsOf,
} from './practice-objects.ts';

export const mirrorDelayMs = 250;

/** A share the server no longer has answers null; anything else that goes wrong is thrown to the mirror. */
async function unlessGone<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (hasCode(error, 'not_found')) return null;
    throw error;
  }
}

/** The sharing mirror of `@tend/sync`, on this vault, its share keys and the server's share routes. */
export function createMirror(deps: PracticeDeps) {
  const transport: ShareTransport = {
    // As the client: not an access, nothing is logged.
    records: async (shareId) => (await unlessGone(deps.api.shareRecords(shareId)))?.records ?? null,
    write: async (shareId, changes) =>
      (await unlessGone(deps.api.writeShared(shareId, changes)))?.results ?? null,
  };
  return createShareMirror({
    side: {
      activeConnections: () =>
        connectionsOf(deps.vault)
          .filter(isActive)
          .map((c) => c.id),
      connection: (connectionId) => connectionById(deps.vault, connectionId),
      planInput: (connection) => ({
        sharedItems: sharedItemsOf(deps.vault, connection.id),
        sessionList: sessionListOf(deps.vault, connection.id),
        replies: repliesOf(deps.vault, connection.id),
        sources: (id) => deps.vault.get(id),
        allObjects: (kind) => deps.vault.list(kind),
      }),
      language: async () => (await shareLanguageOf(deps)).language,
      async saveItems(items: readonly SharedItem[]) {
        for (const item of items) await deps.vault.save(item);
      },
      endedByPractitioner: (connection) => endLocally(deps, connection, 'practitioner'),
    },
    transport,
    sealerFor: async (connection) => createShareSealer(await deps.keys.clientKey(connection.fields.shareKey)),
    clock: deps.ctx.runtime.clock,
    newId: () => newId(deps),
  });
}

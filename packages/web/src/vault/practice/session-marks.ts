import type { SessionPoint } from '@tend/core';
import type { SessionMark } from '../practice-service.ts';
import { ServiceError } from '../vault-service.ts';
import { endLocally } from './end-connection.ts';
import { hasCode, requireAccount, type PracticeDeps } from './practice-deps.ts';
import { connectionById, isActive } from './practice-objects.ts';
import { marksOf, openSharedRecords } from './shared-records.ts';
import { writeAsPractitioner } from './practitioner-actions.ts';

/** The practitioner marks a point of the client's session list "talked about" (undone by withdraw). */
export function markTalkedAbout(deps: PracticeDeps, shareId: string, entry: SessionPoint): Promise<void> {
  const markedAt = deps.ctx.runtime.clock.now();
  return writeAsPractitioner(deps, shareId, { type: 'session-mark', entry, markedAt });
}

/**
 * The client reads the practitioner's marks on their session list. Only the practitioner's fetches
 * are an access to log, so this reads the share freely; a share gone from the server ends locally.
 */
export async function sessionMarks(
  deps: PracticeDeps,
  connectionId: string,
): Promise<readonly SessionMark[]> {
  requireAccount(deps);
  const connection = connectionById(deps.vault, connectionId);
  if (!connection) throw new ServiceError('not_found', 'There is no such connection.');
  if (!isActive(connection)) return [];
  const { shareId, shareKey } = connection.fields;
  const key = await deps.keys.clientKey(shareKey);
  const records = await deps.api.shareRecords(shareId).then(
    (page) => page.records,
    async (error: unknown) => {
      if (!hasCode(error, 'not_found')) throw error;
      await endLocally(deps, connection, 'practitioner');
      return [];
    },
  );
  const theirs = records.filter((r) => r.author === 'practitioner');
  return marksOf((await openSharedRecords(key, shareId, theirs)).opened);
}

import { maxSharedRecordBatch, type SharedChange } from '@tend/contract';
import { planSharedRecords, type ServerRecord, type SharedRecordsPlan } from '@tend/core';
import { sealShared, type ShareKey } from '@tend/crypto';
import { endLocally } from './end-connection.ts';
import { hasCode, newId, now, type PracticeDeps } from './practice-deps.ts';
import {
  connectionById,
  connectionsOf,
  isActive,
  repliesOf,
  sessionListOf,
  sharedItemsOf,
} from './practice-objects.ts';
import { openSharedRecords } from './shared-records.ts';

/** Rounds of plan, write, re-read after a conflict (another device of the client wrote meanwhile). */
const maxRounds = 3;
export const mirrorDelayMs = 250;

type Held = Map<string, ServerRecord>;

/** What the server holds for the share, opened; null when the share is gone. */
async function readShare(deps: PracticeDeps, shareId: string, key: ShareKey): Promise<Held | null> {
  try {
    // As the client: not an access, nothing is logged.
    const { records } = await deps.api.shareRecords(shareId);
    const { opened } = await openSharedRecords(key, shareId, records);
    const payloads = new Map(opened.map(({ record, payload }) => [record.id, payload]));
    return new Map(
      records.map((r) => [
        r.id,
        { version: r.version, author: r.author, payload: payloads.get(r.id) ?? null },
      ]),
    );
  } catch (error) {
    if (hasCode(error, 'not_found')) return null;
    throw error;
  }
}

async function changesOf(plan: SharedRecordsPlan, shareId: string, key: ShareKey): Promise<SharedChange[]> {
  const writes = await Promise.all(
    plan.writes.map(async ({ id, baseVersion, payload }) => {
      const ad = { shareId, recordId: id, author: 'client', version: baseVersion + 1 } as const;
      return { id, baseVersion, ciphertext: await sealShared(key, ad, payload) };
    }),
  );
  return [
    ...writes,
    ...plan.removals.map(({ id, baseVersion }) => ({ id, baseVersion, deleted: true as const })),
  ];
}

/**
 * Copies the client's side of each connection to its share: plans against what the server holds
 * (remembered between runs, read again after a conflict), saves new going-forward items to the vault
 * first, then sends sealed changes in batches. A share found gone ends the connection in the vault.
 */
export function createMirror(deps: PracticeDeps) {
  const known = new Map<string, Held>();

  async function send(shareId: string, held: Held, plan: SharedRecordsPlan, key: ShareKey): Promise<boolean> {
    const changes = await changesOf(plan, shareId, key);
    const payloads = new Map(plan.writes.map((w) => [w.id, w.payload]));
    let isSettled = true;
    for (let start = 0; start < changes.length; start += maxSharedRecordBatch) {
      const { results } = await deps.api.writeShared(
        shareId,
        changes.slice(start, start + maxSharedRecordBatch),
      );
      for (const result of results) {
        if (result.status === 'accepted') {
          const payload = payloads.get(result.id) ?? null;
          held.set(result.id, { version: result.version, author: 'client', payload });
        } else if (result.status === 'removed') held.delete(result.id);
        else isSettled = false;
      }
    }
    return isSettled;
  }

  async function mirrorConnection(connectionId: string, isFresh: boolean): Promise<void> {
    for (let round = 0; round < maxRounds; round += 1) {
      const connection = connectionById(deps.vault, connectionId);
      if (!connection || !isActive(connection)) return;
      const { shareId } = connection.fields;
      if (isFresh && round === 0) known.delete(shareId);
      const key = await deps.keys.clientKey(connection.fields.shareKey);
      const held = known.get(shareId) ?? (await readShare(deps, shareId, key));
      if (!held) {
        known.delete(shareId);
        await endLocally(deps, connection, 'practitioner');
        return;
      }
      known.set(shareId, held);
      const plan = planSharedRecords({
        connection,
        sharedItems: sharedItemsOf(deps.vault, connectionId),
        sessionList: sessionListOf(deps.vault, connectionId),
        replies: repliesOf(deps.vault, connectionId),
        sources: (id) => deps.vault.get(id),
        allObjects: (kind) => deps.vault.list(kind),
        server: held,
        now: now(deps),
        newId: () => newId(deps),
      });
      // The vault is the truth: a going-forward item exists there before its copy goes out.
      for (const item of plan.newSharedItems) await deps.vault.save(item);
      if (plan.writes.length === 0 && plan.removals.length === 0) return;
      try {
        if (await send(shareId, held, plan, key)) return;
      } catch (error) {
        known.delete(shareId);
        if (!hasCode(error, 'not_found')) throw error;
      }
      // Read again and plan again: the server's state is not what was remembered.
      known.delete(shareId);
    }
  }

  return {
    /**
     * Mirrors every active connection, or one asked for by name (read afresh from the server, so a
     * removal the caller waits for is never skipped on an outdated memory). The first failure is
     * thrown after trying them all.
     */
    async run(connectionId?: string): Promise<void> {
      const ids = connectionId
        ? [connectionId]
        : connectionsOf(deps.vault)
            .filter(isActive)
            .map((c) => c.id);
      const failures: unknown[] = [];
      for (const id of ids) {
        try {
          await mirrorConnection(id, connectionId !== undefined);
        } catch (error) {
          failures.push(error);
        }
      }
      if (failures.length > 0) throw failures[0];
    },
    /** Forget what the server was remembered to hold (refresh, a conversation read, a lock). */
    forget(shareId?: string) {
      if (shareId) known.delete(shareId);
      else known.clear();
    },
  };
}

export type Mirror = ReturnType<typeof createMirror>;

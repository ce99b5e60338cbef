import { maxSharedRecordBatch } from '@tend/contract';
import { planSharedRecords, type Connection, type ServerRecord, type SharedRecordsPlan } from '@tend/core';
import type { MirrorOutcome, MirrorPorts, MirrorProblem, SealedSharedChange, ShareSealer } from './ports.ts';
import { openSharedRecords } from './open-shared-records.ts';

/** Rounds of plan, write, re-read after a conflict (another device of the client wrote meanwhile). */
const maxRounds = 3;

type Held = Map<string, ServerRecord>;

interface Tally {
  sent: number;
}

/** How one connection's mirror ended. */
type Finish = 'done' | 'ended' | 'unsettled';

const isActive = (connection: Connection): boolean =>
  connection.fields.endedAt === null && connection.fields.shareKey !== '';

/** What the server holds for the share, opened; null when the share is gone. */
async function readShare(ports: MirrorPorts, shareId: string, sealer: ShareSealer): Promise<Held | null> {
  const records = await ports.transport.records(shareId);
  if (!records) return null;
  const { opened } = await openSharedRecords(sealer, shareId, records);
  const payloads = new Map(opened.map(({ record, payload }) => [record.id, payload]));
  return new Map(
    records.map((r) => [r.id, { version: r.version, author: r.author, payload: payloads.get(r.id) ?? null }]),
  );
}

async function changesOf(
  plan: SharedRecordsPlan,
  shareId: string,
  sealer: ShareSealer,
): Promise<SealedSharedChange[]> {
  const writes = await Promise.all(
    plan.writes.map(async ({ id, baseVersion, payload }) => {
      const ad = { shareId, recordId: id, author: 'client', version: baseVersion + 1 } as const;
      return { id, baseVersion, ciphertext: await sealer.seal(ad, payload) };
    }),
  );
  return [
    ...writes,
    ...plan.removals.map(({ id, baseVersion }) => ({ id, baseVersion, deleted: true as const })),
  ];
}

/**
 * The mirror of the client's side of each connection to its share. It plans against what the server
 * holds (remembered between runs, read again after a conflict), saves new going-forward items to the
 * vault first, then sends sealed changes in batches. A share found gone ends the connection in the
 * vault. A run answers with its outcome and never throws: what it could not do is in `problems`.
 */
export function createShareMirror(ports: MirrorPorts) {
  const known = new Map<string, Held>();

  /** Sends the plan's changes; false when the server was not where it was remembered (or the share is gone). */
  async function send(
    shareId: string,
    held: Held,
    plan: SharedRecordsPlan,
    sealer: ShareSealer,
    tally: Tally,
  ) {
    const changes = await changesOf(plan, shareId, sealer);
    const payloads = new Map(plan.writes.map((w) => [w.id, w.payload]));
    let isSettled = true;
    for (let start = 0; start < changes.length; start += maxSharedRecordBatch) {
      const results = await ports.transport.write(
        shareId,
        changes.slice(start, start + maxSharedRecordBatch),
      );
      if (!results) return false;
      for (const result of results) {
        if (result.status === 'accepted') {
          const payload = payloads.get(result.id) ?? null;
          held.set(result.id, { version: result.version, author: 'client', payload });
          tally.sent += 1;
        } else if (result.status === 'removed') {
          held.delete(result.id);
          tally.sent += 1;
        } else isSettled = false;
      }
    }
    return isSettled;
  }

  async function mirrorConnection(connectionId: string, isFresh: boolean, tally: Tally): Promise<Finish> {
    for (let round = 0; round < maxRounds; round += 1) {
      const connection = ports.side.connection(connectionId);
      if (!connection || !isActive(connection)) return 'done';
      const { shareId } = connection.fields;
      if (isFresh && round === 0) known.delete(shareId);
      const sealer = await ports.sealerFor(connection);
      const held = known.get(shareId) ?? (await readShare(ports, shareId, sealer));
      if (!held) {
        known.delete(shareId);
        await ports.side.endedByPractitioner(connection);
        return 'ended';
      }
      known.set(shareId, held);
      const language = await ports.side.language?.();
      const plan = planSharedRecords({
        connection,
        ...ports.side.planInput(connection),
        ...(language ? { language } : {}),
        server: held,
        now: ports.clock.now(),
        newId: ports.newId,
      });
      if (plan.newSharedItems.length > 0) await ports.side.saveItems(plan.newSharedItems);
      if (plan.writes.length === 0 && plan.removals.length === 0) return 'done';
      let isSettled: boolean;
      try {
        isSettled = await send(shareId, held, plan, sealer, tally);
      } catch (error) {
        known.delete(shareId);
        throw error;
      }
      if (isSettled) return 'done';
      // Read again and plan again: the server's state is not what was remembered.
      known.delete(shareId);
    }
    return 'unsettled';
  }

  return {
    /**
     * Mirrors every active connection, or one asked for by name (read afresh from the server, so a
     * removal the caller waits for is never skipped on an outdated memory). Every connection is tried;
     * each one's trouble is reported in the outcome, never thrown.
     */
    async run(connectionId?: string): Promise<MirrorOutcome> {
      const tally: Tally = { sent: 0 };
      const ended: string[] = [];
      const problems: MirrorProblem[] = [];
      let ids: readonly string[] = [];
      try {
        ids = connectionId ? [connectionId] : ports.side.activeConnections();
      } catch (error) {
        problems.push({ connectionId: connectionId ?? '', reason: 'failed', error });
      }
      for (const id of ids) {
        try {
          const finish = await mirrorConnection(id, connectionId !== undefined, tally);
          if (finish === 'ended') ended.push(id);
          if (finish === 'unsettled') problems.push({ connectionId: id, reason: 'unsettled' });
        } catch (error) {
          problems.push({ connectionId: id, reason: 'failed', error });
        }
      }
      return { sent: tally.sent, ended, problems };
    },
    /** Forget what the server was remembered to hold (refresh, a conversation read, a lock). */
    forget(shareId?: string) {
      if (shareId) known.delete(shareId);
      else known.clear();
    },
  };
}

export type ShareMirror = ReturnType<typeof createShareMirror>;

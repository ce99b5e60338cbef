import { maxInt32, maxPageBytes, type PushChange, type PushResult } from '@tend/contract';
import type { Clock } from '@tend/core/primitives';
import type { Quotas } from '../config.ts';
import type { Store } from '../db/store.ts';
import { decodeBytes } from '../encoding.ts';
import { unauthorized } from '../errors.ts';
import { accountFull } from '../quota-errors.ts';
import type { IncomingChange } from './decide-push.ts';
import { bodiesToRead, knownRecords, planPush, storageDelta } from './plan-push.ts';

function decode(change: PushChange): IncomingChange {
  return {
    id: change.id,
    baseVersion: change.baseVersion,
    ...('deleted' in change
      ? { ciphertext: change.tombstone ? decodeBytes(change.tombstone) : null, deleted: true }
      : { ciphertext: decodeBytes(change.ciphertext), deleted: false }),
  };
}

/**
 * Applies a batch atomically, committed before this resolves (so an answer is an acknowledgement).
 * The owner's row is locked first, so two pushes for one owner never interleave; the owner's stored
 * bytes are counted in the same transaction, and a batch that would take them over the quota is
 * refused whole. Stored ciphertext is read only where a decision needs it, so a small request never
 * makes the server load much (conflicts beyond one page of bytes wait for the next push).
 */
export async function pushChanges(
  deps: { store: Store; clock: Clock; quotas: Quotas },
  ownerId: string,
  changes: readonly PushChange[],
): Promise<PushResult[]> {
  const incoming = changes.map(decode);
  const now = deps.clock.now();
  return deps.store.transact(async ({ accounts, records }) => {
    const totals = await accounts.lockTotals(ownerId);
    if (totals === undefined) throw unauthorized();
    const heads = await records.findHeads(
      ownerId,
      incoming.map((change) => change.id),
    );
    const bodies = await records.readBodies(ownerId, bodiesToRead(heads, incoming, maxPageBytes));
    const plan = planPush(knownRecords(heads, bodies), incoming, totals.seq);
    const storedBytes = totals.storedBytes + storageDelta(heads, plan.writes);
    // Shrinking is always allowed, so a full account can make room.
    if (storedBytes > totals.storedBytes && storedBytes > deps.quotas.accountBytes) throw accountFull();
    if (plan.lastSeq > maxInt32) throw accountFull();
    await records.writeMany(ownerId, plan.writes, now);
    if (plan.writes.length > 0) await accounts.setTotals(ownerId, plan.lastSeq, storedBytes);
    return plan.results;
  });
}

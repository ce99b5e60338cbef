import type { PushChange, PushResult } from '@tend/contract';
import type { Clock } from '@tend/core';
import type { Store } from '../db/store.ts';
import { decodeBytes } from '../encoding.ts';
import { unauthorized } from '../errors.ts';
import type { IncomingChange } from './decide-push.ts';
import { planPush } from './plan-push.ts';

function decode(change: PushChange): IncomingChange {
  return {
    id: change.id,
    baseVersion: change.baseVersion,
    ciphertext: 'ciphertext' in change ? decodeBytes(change.ciphertext) : null,
  };
}

/**
 * Applies a batch atomically, committed before this resolves (so an answer is an acknowledgement).
 * The owner's row is locked first, so two pushes for one owner never interleave.
 */
export async function pushChanges(
  deps: { store: Store; clock: Clock },
  ownerId: string,
  changes: readonly PushChange[],
): Promise<PushResult[]> {
  const incoming = changes.map(decode);
  const now = deps.clock.now();
  return deps.store.transact(async ({ accounts, records }) => {
    const firstSeq = await accounts.lockSequence(ownerId);
    if (firstSeq === undefined) throw unauthorized();
    const held = await records.findMany(
      ownerId,
      incoming.map((change) => change.id),
    );
    const plan = planPush(held, incoming, firstSeq);
    await records.writeMany(ownerId, plan.writes, now);
    if (plan.lastSeq !== firstSeq) await accounts.setSequence(ownerId, plan.lastSeq);
    return plan.results;
  });
}

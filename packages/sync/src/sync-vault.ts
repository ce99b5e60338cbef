import type { Refusal, SyncPorts } from './ports.ts';
import { pullChanges } from './pull-changes.ts';
import { pushOutbox } from './push-outbox.ts';

export interface SyncResult {
  /** Local changes the server acknowledged. */
  readonly pushed: number;
  /** Records whose local copy changed because of the server (new, newer, merged or deleted). */
  readonly pulled: number;
  /** Local pending changes merged with someone else's change to the same record. */
  readonly conflicts: number;
  /** Records from the server that were not taken (rollback, tampering), one entry per record. */
  readonly refused: readonly Refusal[];
}

const uniqueById = (refusals: readonly Refusal[]): Refusal[] => [
  ...new Map(refusals.map((r) => [r.id, r])).values(),
];

/**
 * One sync: pull first, so most concurrent edits merge locally before anything is sent, then push
 * the outbox (merging whatever changed on the server in between).
 */
export async function syncVault(ports: SyncPorts): Promise<SyncResult> {
  const pull = await pullChanges(ports);
  const push = await pushOutbox(ports);
  return {
    pushed: push.pushed,
    pulled: pull.pulled,
    conflicts: pull.conflicts + push.conflicts,
    refused: uniqueById([...pull.refused, ...push.refused]),
  };
}

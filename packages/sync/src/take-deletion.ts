import type { LocalRecord, RecordState, Refusal, SealedRecord, Sealer, StorePorts } from './ports.ts';
import { pendingState, syncedState } from './record-state.ts';
import type { Decision } from './decision.ts';

type Proof = 'sealed' | 'unsealed' | 'forged';

/** Whether a deletion carries the owner's sealed tombstone, none (from before sealing), or a false one. */
async function proofOf(sealer: Sealer, remote: SealedRecord): Promise<Proof> {
  if (remote.ciphertext === null) return 'unsealed';
  try {
    await sealer.openTombstone(remote.id, remote.version, remote.ciphertext);
    return 'sealed';
  } catch {
    return 'forged';
  }
}

/**
 * The device's live copy stays and goes back to the server on top of its deletion, so every device
 * has it again; a copy that no longer opens cannot be sent, and stays as it is.
 */
async function keepLiveCopy(
  ports: StorePorts,
  state: RecordState,
  live: LocalRecord,
  remote: SealedRecord,
  refusal: Refusal,
): Promise<Decision> {
  if (live.ciphertext === null) return { refusal };
  let object;
  try {
    object = await ports.sealer.open(live.id, live.version, live.ciphertext);
  } catch {
    return { refusal };
  }
  const ciphertext = await ports.sealer.seal(remote.id, remote.version + 1, object);
  const queuedAt = state.outbox?.queuedAt ?? ports.clock.now();
  return { next: pendingState(remote.id, remote.version, ciphertext, queuedAt), refusal };
}

/**
 * A deletion from the server, newer than what the device holds. Only the owner's sealed tombstone
 * removes anything. One without (a deletion made before tombstones were sealed, or invented by the
 * server) is taken only where it removes nothing the person can see; where the device holds a live
 * copy it keeps that copy, sends it back, and reports the deletion. A false tombstone is always
 * reported.
 */
export async function takeDeletion(
  ports: StorePorts,
  state: RecordState,
  remote: SealedRecord,
): Promise<Decision> {
  const proof = await proofOf(ports.sealer, remote);
  if (proof === 'sealed') return { next: syncedState(remote), change: { id: remote.id, object: null } };
  const refusal: Refusal = { id: remote.id, reason: 'unconfirmed-deletion' };
  const live = state.record?.deleted === false ? state.record : undefined;
  if (live) return keepLiveCopy(ports, state, live, remote, refusal);
  if (proof === 'forged') return { refusal };
  // The manifest may still show that the owner never deleted it (checked once the pull has ended).
  return { next: syncedState(remote), change: { id: remote.id, object: null }, unsealed: true };
}

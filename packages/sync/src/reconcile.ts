import { mergeVaultObjects, stableJson, type VaultObject } from '@tend/core';
import type { Decision } from './decision.ts';
import type { RecordState, SealedRecord, Sealer, StorePorts } from './ports.ts';
import { pendingState, sameBytes, syncedState } from './record-state.ts';
import { takeDeletion } from './take-deletion.ts';

async function tryOpen(sealer: Sealer, id: string, version: number, ciphertext: Uint8Array | null) {
  if (ciphertext === null) return null;
  try {
    return await sealer.open(id, version, ciphertext);
  } catch {
    return null;
  }
}

const isSameAs = (state: RecordState, remote: SealedRecord): boolean =>
  state.record !== undefined &&
  state.record.version === remote.version &&
  state.record.deleted === remote.deleted &&
  (remote.deleted || sameBytes(state.record.ciphertext, remote.ciphertext));

/** Takes the server's record as this device's synced copy, refusing anything that does not open. */
export async function takeRemote(
  ports: StorePorts,
  state: RecordState,
  remote: SealedRecord,
): Promise<Decision> {
  if (remote.deleted) return takeDeletion(ports, state, remote);
  const object = await tryOpen(ports.sealer, remote.id, remote.version, remote.ciphertext);
  if (!object) return { refusal: { id: remote.id, reason: 'unreadable' } };
  return { next: syncedState(remote), change: { id: remote.id, object } };
}

/** A record with no local change pending: newer wins, an older one is a rollback. */
export async function reconcileSynced(
  ports: StorePorts,
  state: RecordState,
  remote: SealedRecord,
): Promise<Decision> {
  const local = state.record;
  if (local && remote.version < local.version) return { refusal: { id: remote.id, reason: 'rollback' } };
  if (local && remote.version === local.version) {
    return isSameAs(state, remote) ? {} : { refusal: { id: remote.id, reason: 'replaced' } };
  }
  return takeRemote(ports, state, remote);
}

async function rebase(
  ports: StorePorts,
  remote: SealedRecord,
  local: VaultObject,
  queuedAt: number,
): Promise<Decision> {
  const theirs = await tryOpen(ports.sealer, remote.id, remote.version, remote.ciphertext);
  if (!theirs) return { refusal: { id: remote.id, reason: 'unreadable' } };
  const merged = mergeVaultObjects(local, theirs);
  // Nothing of ours is missing from theirs: keep theirs as synced and push nothing.
  if (stableJson(merged) === stableJson(theirs))
    return { next: syncedState(remote), change: { id: remote.id, object: theirs } };
  const ciphertext = await ports.sealer.seal(remote.id, remote.version + 1, merged);
  const next = pendingState(remote.id, remote.version, ciphertext, queuedAt);
  return { next, change: { id: remote.id, object: merged }, merged: true };
}

/**
 * A record with a local change pending meets the server's copy (a push conflict or a pull): merge
 * field by field and queue the result on top of the server's version. A deletion on either side wins.
 */
export async function reconcilePending(
  ports: StorePorts,
  state: RecordState,
  remote: SealedRecord,
): Promise<Decision> {
  const { record, outbox } = state;
  if (!record || !outbox) return reconcileSynced(ports, state, remote);
  // Our own change, already applied (its answer was lost): it is acknowledged now.
  if (isSameAs(state, remote)) return { next: syncedState(remote) };
  if (remote.version < outbox.baseVersion) return { refusal: { id: remote.id, reason: 'rollback' } };
  // The server has not moved past what our change is based on: the push applies as it is.
  if (remote.version <= outbox.baseVersion) return {};
  if (remote.deleted) {
    const decision = await takeDeletion(ports, state, remote);
    return decision.refusal ? decision : { ...decision, merged: true };
  }
  if (record.deleted) {
    return { next: pendingState(remote.id, remote.version, null, outbox.queuedAt), merged: true };
  }
  const local = await tryOpen(ports.sealer, record.id, record.version, record.ciphertext);
  // Our pending copy no longer opens, so there is nothing of ours to keep: take theirs.
  if (!local) return takeRemote(ports, state, remote);
  return rebase(ports, remote, local, outbox.queuedAt);
}

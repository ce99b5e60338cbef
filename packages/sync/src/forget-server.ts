import type { RecordState, StorePorts } from './ports.ts';
import { emptyShard } from './manifest.ts';
import { pendingState } from './record-state.ts';
import { writeWithRetry, type Plan } from './write-with-retry.ts';

const chunkSize = 250;

async function planFresh(ports: StorePorts, id: string, state: RecordState): Promise<Plan> {
  const { record } = state;
  if (!record) return {};
  // Never acknowledged and based on nothing: already what a new account needs.
  if (!record.synced && record.version === 1 && state.outbox?.baseVersion === 0 && !record.deleted) return {};
  // A tombstone has nothing to upload to a new account: the record simply goes.
  if (record.deleted || record.ciphertext === null) {
    return { write: { id, expect: state, next: { record: undefined, outbox: undefined } } };
  }
  const object = await ports.sealer.open(id, record.version, record.ciphertext);
  const ciphertext = await ports.sealer.seal(id, 1, object);
  return { write: { id, expect: state, next: pendingState(id, 0, ciphertext, ports.clock.now()) } };
}

/**
 * Makes the vault local-only again after its account is gone: every record is sealed afresh as
 * version 1 and queued, and the cursor and the manifest start over, so a later account uploads everything.
 * Records that no longer open are left as they are (and refused again on the next unlock).
 */
export async function forgetServer(ports: StorePorts): Promise<void> {
  const records = await ports.store.records();
  const ids = records.map((r) => r.id);
  for (let start = 0; start < ids.length; start += chunkSize) {
    await writeWithRetry(ports, ids.slice(start, start + chunkSize), async (id, state) => {
      try {
        return await planFresh(ports, id, state);
      } catch {
        return {};
      }
    });
  }
  // The new account's records start again at version 1: the old manifest would call them all behind.
  const cleared = (await ports.store.shards()).map((shard) => emptyShard(shard.shard));
  await ports.store.commit([], 0, cleared);
}

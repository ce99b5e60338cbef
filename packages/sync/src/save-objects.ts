import { mergeVaultObjects, stableJson, type VaultObject } from '@tend/core';
import type { AppliedChange, LocalRecord, RecordState, Sealer, StorePorts } from './ports.ts';
import { nextLocalVersion, pendingState } from './record-state.ts';
import { writeWithRetry, type Plan } from './write-with-retry.ts';

/** Large imports are written in chunks so one transaction never holds thousands of records. */
const chunkSize = 250;

async function openStored(sealer: Sealer, record: LocalRecord | undefined): Promise<VaultObject | null> {
  if (!record || record.ciphertext === null) return null;
  try {
    return await sealer.open(record.id, record.version, record.ciphertext);
  } catch {
    // A local copy that no longer opens cannot be merged; the object being saved replaces it.
    return null;
  }
}

async function planSave(ports: StorePorts, object: VaultObject, state: RecordState): Promise<Plan> {
  const { record } = state;
  // A deletion wins over any edit: the object stays deleted (ARCHITECTURE.md, "Records and sync").
  if (record?.deleted) return { change: { id: object.id, object: null } };
  const stored = await openStored(ports.sealer, record);
  // Merging with the stored copy keeps fields a sync brought in after the screen read the object.
  const merged = stored ? mergeVaultObjects(stored, object) : object;
  if (stored && stableJson(merged) === stableJson(stored))
    return { change: { id: object.id, object: stored } };
  const version = nextLocalVersion(record);
  const ciphertext = await ports.sealer.seal(object.id, version, merged);
  const next = pendingState(object.id, version - 1, ciphertext, ports.clock.now());
  return { write: { id: object.id, expect: state, next }, change: { id: object.id, object: merged } };
}

/**
 * Saves objects locally: each sealed and written with its outbox entry in one durable transaction.
 * Resolves with each object as it now stands (merged with the stored copy), or null for one that
 * was deleted meanwhile and stays deleted.
 */
export async function saveObjects(
  ports: StorePorts,
  objects: readonly VaultObject[],
): Promise<AppliedChange[]> {
  const changes: AppliedChange[] = [];
  for (let start = 0; start < objects.length; start += chunkSize) {
    const chunk = new Map<string, VaultObject>();
    for (const object of objects.slice(start, start + chunkSize)) {
      const twin = chunk.get(object.id);
      chunk.set(object.id, twin ? mergeVaultObjects(twin, object) : object);
    }
    const applied = await writeWithRetry(ports, [...chunk.keys()], (id, state) => {
      const object = chunk.get(id);
      if (!object) throw new Error('unexpected id');
      return planSave(ports, object, state);
    });
    changes.push(...applied);
  }
  return changes;
}

export async function saveObject(ports: StorePorts, object: VaultObject): Promise<VaultObject | null> {
  const [change] = await saveObjects(ports, [object]);
  return change?.object ?? null;
}

async function planDelete(ports: StorePorts, id: string, state: RecordState): Promise<Plan> {
  const { record } = state;
  if (!record || record.deleted) return {};
  const version = nextLocalVersion(record);
  const next = pendingState(id, version - 1, null, ports.clock.now());
  return { write: { id, expect: state, next }, change: { id, object: null } };
}

/** Replaces a record with a tombstone, queued for the server like any change. */
export async function deleteObject(ports: StorePorts, id: string): Promise<void> {
  await writeWithRetry(ports, [id], (recordId, state) => planDelete(ports, recordId, state));
}

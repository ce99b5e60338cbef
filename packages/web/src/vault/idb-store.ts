import { sameState, type LocalStore, type RecordState } from '@tend/sync';
import { strict, type VaultDb } from './vault-db.ts';

export const cursorKey = 'cursor';

/** The sync engine's LocalStore over IndexedDB: every commit is one strict-durability transaction. */
export function createIdbStore(db: VaultDb): LocalStore {
  return {
    async read(ids) {
      const tx = db.transaction(['records', 'outbox'], 'readonly');
      const records = tx.objectStore('records');
      const outbox = tx.objectStore('outbox');
      const states = await Promise.all(
        ids.map(async (id): Promise<RecordState> => ({
          record: await records.get(id),
          outbox: await outbox.get(id),
        })),
      );
      await tx.done;
      return states;
    },
    records: () => db.getAll('records'),
    outbox: () => db.getAllFromIndex('outbox', 'queuedAt'),
    pendingCount: () => db.count('outbox'),
    async cursor() {
      const value = await db.get('meta', cursorKey);
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
    },
    async commit(writes, cursor) {
      const tx = db.transaction(['records', 'outbox', 'meta'], 'readwrite', strict);
      const records = tx.objectStore('records');
      const outbox = tx.objectStore('outbox');
      const applied: boolean[] = [];
      for (const write of writes) {
        const current: RecordState = {
          record: await records.get(write.id),
          outbox: await outbox.get(write.id),
        };
        const ok = sameState(current, write.expect);
        applied.push(ok);
        // A check-only write (next = expect) confirms the state without touching it.
        if (!ok || sameState(write.next, write.expect)) continue;
        if (write.next.record) await records.put(write.next.record);
        else await records.delete(write.id);
        if (write.next.outbox) await outbox.put(write.next.outbox);
        else await outbox.delete(write.id);
      }
      if (cursor !== undefined) await tx.objectStore('meta').put(cursor, cursorKey);
      await tx.done;
      return applied;
    },
  };
}

import { sameState, type LocalShard, type LocalStore, type RecordState } from '@tend/sync';
import { openPageSet, readAllRecords } from './page-store.ts';
import { strict, type VaultDb } from './vault-db.ts';

export const cursorKey = 'cursor';

/** The vault manifest's shards sit in the meta store beside the cursor, never among the records. */
const shardPrefix = 'manifest-shard:';
const shardKey = (shard: number) => `${shardPrefix}${shard}`;

function isLocalShard(value: unknown): value is LocalShard {
  return (
    typeof value === 'object' &&
    value !== null &&
    'shard' in value &&
    Number.isInteger(value.shard) &&
    'version' in value &&
    Number.isInteger(value.version) &&
    'versions' in value &&
    value.versions instanceof Map &&
    'dirty' in value &&
    typeof value.dirty === 'boolean'
  );
}

/**
 * The sync engine's LocalStore over IndexedDB: every commit is one strict-durability transaction.
 * Records sit in pages (record-pages.ts); a commit reads each page it touches once and writes it once.
 */
export function createIdbStore(db: VaultDb): LocalStore {
  return {
    async read(ids) {
      const tx = db.transaction(['pages', 'outbox'], 'readonly');
      const pages = await openPageSet(tx.objectStore('pages'));
      const outbox = tx.objectStore('outbox');
      const states = await Promise.all(
        ids.map(async (id): Promise<RecordState> => ({
          record: await pages.get(id),
          outbox: await outbox.get(id),
        })),
      );
      await tx.done;
      return states;
    },
    records: () => readAllRecords(db),
    outbox: () => db.getAllFromIndex('outbox', 'queuedAt'),
    pendingCount: () => db.count('outbox'),
    async cursor() {
      const value = await db.get('meta', cursorKey);
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
    },
    async shards() {
      const keys = IDBKeyRange.bound(shardPrefix, `${shardPrefix}\uffff`);
      return (await db.getAll('meta', keys)).filter(isLocalShard);
    },
    async commit(writes, cursor, shards = []) {
      const tx = db.transaction(['pages', 'outbox', 'meta'], 'readwrite', strict);
      const pages = await openPageSet(tx.objectStore('pages'));
      const outbox = tx.objectStore('outbox');
      const applied: boolean[] = [];
      for (const write of writes) {
        const current: RecordState = {
          record: await pages.get(write.id),
          outbox: await outbox.get(write.id),
        };
        const ok = sameState(current, write.expect);
        applied.push(ok);
        // A check-only write (next = expect) confirms the state without touching it.
        if (!ok || sameState(write.next, write.expect)) continue;
        await pages.set(write.id, write.next.record ?? null);
        if (write.next.outbox) await outbox.put(write.next.outbox);
        else await outbox.delete(write.id);
      }
      // Each page changed is written once, after every write of the commit, in the same transaction.
      await pages.flush();
      const meta = tx.objectStore('meta');
      if (cursor !== undefined) await meta.put(cursor, cursorKey);
      for (const shard of shards) {
        if (shard.version === 0 && shard.versions.size === 0) await meta.delete(shardKey(shard.shard));
        else await meta.put(shard, shardKey(shard.shard));
      }
      await tx.done;
      return applied;
    },
  };
}

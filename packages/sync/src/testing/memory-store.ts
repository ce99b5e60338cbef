import type { LocalRecord, LocalShard, LocalStore, OutboxEntry, RecordState, RecordWrite } from '../ports.ts';
import { sameState } from '../record-state.ts';

export interface MemoryStore extends LocalStore {
  /** A copy of everything held, for assertions. */
  snapshot(): { records: LocalRecord[]; outbox: OutboxEntry[]; cursor: number; shards: LocalShard[] };
}

/**
 * An in-memory LocalStore with the same compare-and-set semantics as the IndexedDB one. Every call
 * yields (a microtask) first, so concurrent saves and syncs interleave as they would for real.
 */
export function createMemoryStore(): MemoryStore {
  const records = new Map<string, LocalRecord>();
  const outbox = new Map<string, OutboxEntry>();
  const shards = new Map<number, LocalShard>();
  let cursor = 0;
  const tick = () => Promise.resolve();
  const stateOf = (id: string): RecordState => ({ record: records.get(id), outbox: outbox.get(id) });

  const applyWrite = (write: RecordWrite): boolean => {
    if (!sameState(stateOf(write.id), write.expect)) return false;
    if (sameState(write.next, write.expect)) return true;
    if (write.next.record) records.set(write.id, write.next.record);
    else records.delete(write.id);
    if (write.next.outbox) outbox.set(write.id, write.next.outbox);
    else outbox.delete(write.id);
    return true;
  };

  return {
    async read(ids) {
      await tick();
      return ids.map(stateOf);
    },
    async records() {
      await tick();
      return [...records.values()];
    },
    async outbox() {
      await tick();
      return [...outbox.values()].sort((a, b) => a.queuedAt - b.queuedAt);
    },
    async pendingCount() {
      await tick();
      return outbox.size;
    },
    async cursor() {
      await tick();
      return cursor;
    },
    async shards() {
      await tick();
      return [...shards.values()];
    },
    async commit(writes, nextCursor, nextShards = []) {
      await tick();
      const applied = writes.map(applyWrite);
      if (nextCursor !== undefined) cursor = nextCursor;
      for (const shard of nextShards) {
        if (shard.version === 0 && shard.versions.size === 0) shards.delete(shard.shard);
        else shards.set(shard.shard, structuredClone(shard));
      }
      return applied;
    },
    snapshot: () => ({
      records: [...records.values()],
      outbox: [...outbox.values()],
      cursor,
      shards: [...shards.values()],
    }),
  };
}

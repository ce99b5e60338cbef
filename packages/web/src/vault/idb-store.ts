import { sameState, type LocalShard, type LocalStore, type OutboxEntry, type RecordState } from '@tend/sync';
import { openPageSet, readAllRecords, type PageSet } from './page-store.ts';
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

/** The outbox object store as a transaction offers it (only `getAll` and `get` are read here). */
interface OutboxReader {
  get(id: string): Promise<OutboxEntry | undefined>;
  getAll(range: IDBKeyRange): Promise<OutboxEntry[]>;
}

/**
 * The outbox entries of these ids, in one request: the entries between the smallest and the largest
 * id, of which those asked for are kept. A pulled page holds thousands of ids while the outbox holds
 * the few changes not yet sent, so one range read replaces a request per id.
 */
async function outboxOf(outbox: OutboxReader, ids: readonly string[]): Promise<Map<string, OutboxEntry>> {
  const [first] = ids;
  if (first === undefined) return new Map();
  if (ids.length === 1) {
    const entry = await outbox.get(first);
    return new Map(entry ? [[first, entry]] : []);
  }
  let low = first;
  let high = first;
  for (const id of ids) {
    if (id < low) low = id;
    if (id > high) high = id;
  }
  const wanted = new Set(ids);
  const entries = await outbox.getAll(IDBKeyRange.bound(low, high));
  return new Map(entries.filter((e) => wanted.has(e.id)).map((e) => [e.id, e]));
}

/** The states of these ids: their pages read at once (each once), their outbox entries in one request. */
async function statesOf(
  pages: PageSet,
  outbox: OutboxReader,
  ids: readonly string[],
): Promise<Map<string, RecordState>> {
  const [records, entries] = await Promise.all([
    Promise.all(ids.map((id) => pages.get(id))),
    outboxOf(outbox, ids),
  ]);
  return new Map(ids.map((id, i) => [id, { record: records[i], outbox: entries.get(id) }]));
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
      const states = await statesOf(pages, tx.objectStore('outbox'), ids);
      await tx.done;
      return ids.map((id) => states.get(id) ?? { record: undefined, outbox: undefined });
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
      // Every state is read up front; each write then checks against the state as the writes before
      // it in this commit left it, and its outbox request is queued in order, not awaited one by one.
      const states = await statesOf(
        pages,
        outbox,
        writes.map((w) => w.id),
      );
      const requests: Promise<unknown>[] = [];
      const applied = writes.map((write) => {
        const current = states.get(write.id) ?? { record: undefined, outbox: undefined };
        const ok = sameState(current, write.expect);
        // A check-only write (next = expect) confirms the state without touching it.
        if (!ok || sameState(write.next, write.expect)) return ok;
        states.set(write.id, write.next);
        requests.push(pages.set(write.id, write.next.record ?? null));
        if (write.next.outbox) requests.push(outbox.put(write.next.outbox));
        // A pulled record rarely has an entry to remove: no request for one that is not there.
        else if (current.outbox) requests.push(outbox.delete(write.id));
        return ok;
      });
      const meta = tx.objectStore('meta');
      if (cursor !== undefined) requests.push(meta.put(cursor, cursorKey));
      for (const shard of shards) {
        const key = shardKey(shard.shard);
        const emptied = shard.version === 0 && shard.versions.size === 0;
        requests.push(emptied ? meta.delete(key) : meta.put(shard, key));
      }
      await Promise.all(requests);
      // Each page changed is written once, after every write of the commit, in the same transaction.
      await pages.flush();
      await tx.done;
      return applied;
    },
  };
}

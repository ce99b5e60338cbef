import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { RecordState } from '@tend/sync';
import { createIdbStore } from './idb-store.ts';
import { openVaultDb } from './vault-db.ts';

const id = (n: number) => `0189${String(n).padStart(4, '0')}-ac96-774b-bcce-b302099a8057`;
const pending = (n: number, queuedAt: number, ciphertext = Uint8Array.of(1, 2, 3)): RecordState => ({
  record: { id: id(n), version: 1, ciphertext, deleted: false, synced: false },
  outbox: { id: id(n), baseVersion: 0, queuedAt },
});
const empty: RecordState = { record: undefined, outbox: undefined };

describe('the IndexedDB local store', () => {
  it('commits record and outbox together, only when the expectation holds', async () => {
    const name = `idb-${crypto.randomUUID()}`;
    const store = createIdbStore(await openVaultDb(name));
    expect(await store.commit([{ id: id(1), expect: empty, next: pending(1, 5) }], 3)).toEqual([true]);
    const stale = { id: id(1), expect: empty, next: pending(1, 6, Uint8Array.of(4, 4, 4)) };
    const fresh = { id: id(2), expect: empty, next: pending(2, 4) };
    expect(await store.commit([stale, fresh])).toEqual([false, true]);
    expect(await store.read([id(1), id(2), id(3)])).toEqual([pending(1, 5), pending(2, 4), empty]);
    expect((await store.outbox()).map((e) => e.id)).toEqual([id(2), id(1)]);
    expect(await store.pendingCount()).toBe(2);
    expect(await store.cursor()).toBe(3);
  });

  it('keeps what was committed for the next connection (a reload)', async () => {
    const name = `idb-${crypto.randomUUID()}`;
    const first = await openVaultDb(name);
    await createIdbStore(first).commit([{ id: id(1), expect: empty, next: pending(1, 1) }], 7);
    first.close();
    const again = createIdbStore(await openVaultDb(name));
    expect(await again.records()).toEqual([pending(1, 1).record]);
    expect(await again.cursor()).toBe(7);
  });

  it('removes a record and its outbox entry when the next state has none', async () => {
    const store = createIdbStore(await openVaultDb(`idb-${crypto.randomUUID()}`));
    await store.commit([{ id: id(1), expect: empty, next: pending(1, 1) }]);
    expect(await store.commit([{ id: id(1), expect: pending(1, 1), next: empty }])).toEqual([true]);
    expect(await store.records()).toEqual([]);
    expect(await store.pendingCount()).toBe(0);
  });

  it('keeps the manifest shards beside the cursor, across a reload, and removes an emptied one', async () => {
    const name = `idb-${crypto.randomUUID()}`;
    const first = await openVaultDb(name);
    const shard = (n: number, version: number) => ({
      shard: n,
      version,
      versions: new Map([[id(n), version]]),
      dirty: version === 1,
    });
    await createIdbStore(first).commit([{ id: id(1), expect: empty, next: pending(1, 1) }], 4, [
      shard(7, 1),
      shard(200, 2),
    ]);
    first.close();
    const again = createIdbStore(await openVaultDb(name));
    const byNumber = (a: { shard: number }, b: { shard: number }) => a.shard - b.shard;
    expect((await again.shards()).sort(byNumber)).toEqual([shard(7, 1), shard(200, 2)]);
    // Shards are not records: unlocking never tries to open them.
    expect(await again.records()).toEqual([pending(1, 1).record]);
    await again.commit([], undefined, [{ shard: 7, version: 0, versions: new Map(), dirty: false }]);
    expect(await again.shards()).toEqual([shard(200, 2)]);
    expect(await again.cursor()).toBe(4);
  });

  it('reads and writes a page of many ids at once, leaving the outbox entries among them that it does not touch', async () => {
    const store = createIdbStore(await openVaultDb(`idb-${crypto.randomUUID()}`));
    // Changes not yet sent, their ids among the pulled ones: 10 is acknowledged by the pull, 30 stays.
    await store.commit([10, 30].map((n) => ({ id: id(n), expect: empty, next: pending(n, n) })));
    const synced = (n: number): RecordState => ({
      record: { id: id(n), version: 1, ciphertext: Uint8Array.of(n), deleted: false, synced: true },
      outbox: undefined,
    });
    const pulled = Array.from({ length: 40 }, (_, i) => i + 1).filter((n) => n !== 30);
    const writes = pulled.map((n) => ({
      id: id(n),
      expect: n === 10 ? pending(10, 10) : empty,
      next: synced(n),
    }));
    // A second write to the same id in the same commit expects what the first one left.
    const again = { id: id(40), expect: synced(40), next: pending(40, 99) };
    expect(await store.commit([...writes, again], 41)).toEqual([...pulled.map(() => true), true]);
    const states = await store.read([id(10), id(20), id(30), id(40)]);
    expect(states).toEqual([synced(10), synced(20), pending(30, 30), pending(40, 99)]);
    expect((await store.outbox()).map((e) => e.id)).toEqual([id(30), id(40)]);
    expect((await store.records()).length).toBe(40);
    expect(await store.cursor()).toBe(41);
  });
});

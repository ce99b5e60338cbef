import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createMemoryStore, type LocalStore, type RecordState, type RecordWrite } from '@tend/sync';
import { createIdbStore } from './idb-store.ts';
import { openVaultDb } from './vault-db.ts';

/*
 * The sync engine's own tests and the server's keep a device's records in `createMemoryStore` from
 * @tend/sync, which cannot reach this package's IndexedDB store. Here the two are held to each other:
 * the same compare-and-set commits give the same answers and leave the same state.
 */

const ids = [1, 2, 3].map((n) => `0189${String(n).padStart(4, '0')}-ac96-774b-bcce-b302099a8057`);

/** A few states a record goes through: none, new and pending, synced, edited and pending, deleted. */
function stateOf(id: string, kind: number, n: number): RecordState {
  const ciphertext = Uint8Array.of(kind, n);
  const record = (version: number, synced: boolean) => ({ id, version, ciphertext, deleted: false, synced });
  switch (kind) {
    case 1:
      return { record: record(1, false), outbox: { id, baseVersion: 0, queuedAt: 10 + n } };
    case 2:
      return { record: record(1, true), outbox: undefined };
    case 3:
      return { record: record(2, false), outbox: { id, baseVersion: 1, queuedAt: 20 + n } };
    case 4:
      return { record: { id, version: 2, ciphertext: null, deleted: true, synced: true }, outbox: undefined };
    default:
      return { record: undefined, outbox: undefined };
  }
}

const writeArb = fc
  .record({ at: fc.nat(2), expect: fc.nat(4), next: fc.nat(4) })
  .map(({ at, expect: from, next }): RecordWrite => {
    const id = ids[at] ?? '';
    return { id, expect: stateOf(id, from, at), next: stateOf(id, next, at) };
  });
const commitArb = fc.record({
  writes: fc.uniqueArray(writeArb, { minLength: 1, maxLength: 3, selector: (w) => w.id }),
  cursor: fc.option(fc.nat(50), { nil: undefined }),
});

async function held(store: LocalStore) {
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return {
    states: await store.read(ids),
    records: (await store.records()).sort(byId),
    outbox: await store.outbox(),
    pending: await store.pendingCount(),
    cursor: await store.cursor(),
  };
}

describe('the memory store', () => {
  it('commits, refuses and reads back as the IndexedDB store does', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(commitArb, { minLength: 1, maxLength: 10 }), async (commits) => {
        const idb = createIdbStore(await openVaultDb(`conformance-${crypto.randomUUID()}`));
        const memory = createMemoryStore();
        for (const { writes, cursor } of commits) {
          expect(await memory.commit(writes, cursor)).toEqual(await idb.commit(writes, cursor));
        }
        expect(await held(memory)).toEqual(await held(idb));
      }),
      { numRuns: 40 },
    );
  });
});

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { LocalRecord, RecordState } from '@tend/sync';
import { createIdbStore } from './idb-store.ts';
import {
  findRecord,
  intoPages,
  pageByteLimit,
  pageRecordLimit,
  pageStartFor,
  setRecord,
  splitPage,
} from './record-pages.ts';
import { openVaultDb } from './vault-db.ts';

const id = (n: number) => `0189${String(n).padStart(4, '0')}-ac96-774b-bcce-b302099a8057`;
const record = (n: number, bytes = 3): LocalRecord => ({
  id: id(n),
  version: 1,
  ciphertext: new Uint8Array(bytes).fill(n % 251),
  deleted: false,
  synced: true,
});
const synced = (n: number): RecordState => ({ record: record(n), outbox: undefined });
const empty: RecordState = { record: undefined, outbox: undefined };

describe('pages of sealed records', () => {
  it('keeps a page sorted by id, replaces by id and removes', () => {
    const page = { start: '', records: [] as LocalRecord[] };
    for (const n of [5, 1, 3]) setRecord(page, id(n), record(n));
    setRecord(page, id(3), { ...record(3), version: 2 });
    expect(page.records.map((r) => r.id)).toEqual([id(1), id(3), id(5)]);
    expect(findRecord(page, id(3))?.version).toBe(2);
    setRecord(page, id(1), null);
    setRecord(page, id(9), null);
    expect(page.records.map((r) => r.id)).toEqual([id(3), id(5)]);
    expect(findRecord(page, id(1))).toBeUndefined();
  });

  it('finds the page of an id: the last one starting at or before it', () => {
    const starts = ['', id(100), id(200)];
    expect(pageStartFor(starts, id(5))).toBe('');
    expect(pageStartFor(starts, id(100))).toBe(id(100));
    expect(pageStartFor(starts, id(150))).toBe(id(100));
    expect(pageStartFor(starts, id(999))).toBe(id(200));
    expect(pageStartFor([], id(1))).toBe('');
  });

  it('splits a page past its bounds in records or bytes, each part starting at its first id', () => {
    const many = intoPages(Array.from({ length: pageRecordLimit * 3 + 1 }, (_, n) => record(n)));
    expect(many.length).toBeGreaterThanOrEqual(4);
    expect(many[0]?.start).toBe('');
    for (const page of many) expect(page.records.length).toBeLessThanOrEqual(pageRecordLimit);
    for (const page of many.slice(1)) expect(page.start).toBe(page.records[0]?.id);
    expect(many.flatMap((p) => p.records.map((r) => r.id))).toEqual(
      Array.from({ length: pageRecordLimit * 3 + 1 }, (_, n) => id(n)),
    );
    const large = splitPage({ start: '', records: [record(1, pageByteLimit), record(2, pageByteLimit)] });
    expect(large.map((p) => p.records.length)).toEqual([1, 1]);
    // One record larger than a page's bytes stays whole, alone.
    expect(splitPage({ start: '', records: [record(1, pageByteLimit * 2)] })).toHaveLength(1);
  });

  it('commits many records across pages in one transaction, and every one reads back', async () => {
    const db = await openVaultDb(`pages-${crypto.randomUUID()}`);
    const store = createIdbStore(db);
    const count = pageRecordLimit * 2 + 10;
    const all = Array.from({ length: count }, (_, n) => n);
    // Out of order, in two commits, the second touching pages the first made.
    const shuffled = [...all.filter((n) => n % 2), ...all.filter((n) => n % 2 === 0)];
    const half = shuffled.length >>> 1;
    for (const part of [shuffled.slice(0, half), shuffled.slice(half)]) {
      const applied = await store.commit(part.map((n) => ({ id: id(n), expect: empty, next: synced(n) })));
      expect(applied.every(Boolean)).toBe(true);
    }
    expect(await db.count('pages')).toBeGreaterThan(1);
    for (const page of await db.getAll('pages'))
      expect(page.records.length).toBeLessThanOrEqual(pageRecordLimit);
    expect((await store.records()).map((r) => r.id)).toEqual(all.map(id));
    expect(await store.read([id(0), id(count - 1), id(count)])).toEqual([
      synced(0),
      synced(count - 1),
      empty,
    ]);
    // A stale expectation still refuses, on any page.
    expect(await store.commit([{ id: id(count - 1), expect: empty, next: synced(count - 1) }])).toEqual([
      false,
    ]);
    // Emptying a page (all but the first) removes it; its ids fall to the page before.
    const removals = all.map((n) => ({ id: id(n), expect: synced(n), next: empty }));
    expect((await store.commit(removals)).every(Boolean)).toBe(true);
    expect(await store.records()).toEqual([]);
    expect(await db.getAllKeys('pages')).toEqual(['']);
    await store.commit([{ id: id(7), expect: empty, next: synced(7) }]);
    expect(await store.read([id(7)])).toEqual([synced(7)]);
    db.close();
  });
});

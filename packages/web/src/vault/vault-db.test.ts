import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterAll, describe, expect, it } from 'vitest';
import { makeUuidV7, newVaultObject, toBase64Url, type VaultObject } from '@tend/core';
import { createServerApi } from './testing/server-api.ts';
import { testService } from './testing/service-kit.ts';
import { readAllRecords, readRecord } from './page-store.ts';
import { pageRecordLimit } from './record-pages.ts';
import { openVaultDb } from './vault-db.ts';

const passphrase = 'a quiet morning by the river';
const newId = () => makeUuidV7(Date.now(), crypto.getRandomValues(new Uint8Array(10)));
const entry = (body: string): VaultObject => newVaultObject(newId(), 'journal-entry', { body }, 1_000);
const api = await createServerApi();
afterAll(() => api.close());

/**
 * The same vault as a device kept it at an older version: the same stores, one value per record, each
 * record's ciphertext as base64url text before version 3 and as bytes at version 3. Made by copying a
 * vault of today into a database at that version.
 */
async function asVersion(
  version: 2 | 3,
  from: string,
  to: string,
  extra: readonly { id: string; text: string }[] = [],
) {
  const source = await openVaultDb(from);
  const old = await openDB(to, version, {
    upgrade(db) {
      db.createObjectStore('meta');
      db.createObjectStore('records', { keyPath: 'id' });
      db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('queuedAt', 'queuedAt');
      db.createObjectStore('inbox', { keyPath: 'id' });
    },
  });
  for (const key of await source.getAllKeys('meta'))
    await old.put('meta', await source.get('meta', key), key);
  for (const entry of await source.getAll('outbox')) await old.put('outbox', entry);
  for (const record of await readAllRecords(source)) {
    const { ciphertext } = record;
    await old.put('records', {
      ...record,
      ciphertext: version === 2 && ciphertext ? toBase64Url(ciphertext) : ciphertext,
    });
  }
  for (const { id, text } of extra) {
    await old.put('records', { id, version: 1, ciphertext: text, deleted: false, synced: false });
  }
  source.close();
  old.close();
}

describe('the vault database', () => {
  it('keeps ciphertext as bytes', async () => {
    const dbName = `vault-${crypto.randomUUID()}`;
    const service = testService(api, dbName);
    await service.createVault(passphrase);
    const kept = entry('kept as bytes');
    await service.save(kept);
    const db = await openVaultDb(dbName);
    expect((await readRecord(db, kept.id))?.ciphertext).toBeInstanceOf(Uint8Array);
    db.close();
  });

  it('upgrades a vault that kept ciphertext as text in place, and it opens as before', async () => {
    const made = `vault-${crypto.randomUUID()}`;
    const service = testService(api, made);
    await service.createVault(passphrase);
    const kept = [entry('written long ago'), entry('and another evening')];
    for (const object of kept) await service.save(object);
    const deleted = entry('let go');
    await service.save(deleted);
    await service.remove(deleted.id);
    service.lock();

    const upgraded = `vault-${crypto.randomUUID()}`;
    const damaged = newId();
    await asVersion(2, made, upgraded, [{ id: damaged, text: 'not base64url!' }]);

    const reloaded = testService(api, upgraded);
    expect(await reloaded.status()).toBe('locked');
    await reloaded.unlock(passphrase);
    for (const object of kept) expect(reloaded.get(object.id)).toEqual(object);
    expect(reloaded.get(deleted.id)).toBeUndefined();
    expect(reloaded.get(damaged)).toBeUndefined();
    expect(reloaded.syncState()).toMatchObject({ status: 'local-only' });

    const db = await openVaultDb(upgraded);
    expect(db.version).toBe(4);
    for (const object of kept) {
      expect((await readRecord(db, object.id))?.ciphertext).toBeInstanceOf(Uint8Array);
    }
    expect(await readRecord(db, deleted.id)).toMatchObject({ deleted: true, ciphertext: null });
    // Text that never decoded is kept as it was: it did not open before and does not now.
    expect((await readRecord(db, damaged))?.ciphertext).toBe('not base64url!');
    db.close();
  });

  it('moves a vault kept one value per record into pages in place; it opens and saves as before', async () => {
    const made = `vault-${crypto.randomUUID()}`;
    const service = testService(api, made);
    await service.createVault(passphrase);
    const kept = Array.from({ length: pageRecordLimit + 40 }, (_, i) => entry(`evening ${i}`));
    await service.importObjects(kept);
    const deleted = entry('let go');
    await service.save(deleted);
    await service.remove(deleted.id);
    const pending = entry('not yet sent');
    await service.save(pending);
    service.lock();
    const before = await openVaultDb(made);
    const outboxBefore = await before.getAll('outbox');
    before.close();

    const upgraded = `vault-${crypto.randomUUID()}`;
    await asVersion(3, made, upgraded);
    const db = await openVaultDb(upgraded);
    expect(db.version).toBe(4);
    expect(db.objectStoreNames.contains('records')).toBe(false);
    const pages = await db.getAll('pages');
    // More records than one page holds: at least two pages, each within its bound, in id order.
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page.records.length).toBeLessThanOrEqual(pageRecordLimit);
    const ids = (await readAllRecords(db)).map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toHaveLength(kept.length + 2);
    // The outbox moved untouched: what waited to be sent still waits.
    expect(await db.getAll('outbox')).toEqual(outboxBefore);
    db.close();

    const reloaded = testService(api, upgraded);
    expect(await reloaded.status()).toBe('locked');
    await reloaded.unlock(passphrase);
    for (const object of [...kept, pending]) expect(reloaded.get(object.id)).toEqual(object);
    expect(reloaded.get(deleted.id)).toBeUndefined();
    expect(reloaded.syncState()).toMatchObject({ pending: outboxBefore.length });
    const later = entry('after the move');
    await reloaded.save(later);
    reloaded.lock();
    const again = testService(api, upgraded);
    await again.status();
    await again.unlock(passphrase);
    expect(again.get(later.id)).toEqual(later);
    expect(again.list('journal-entry')).toHaveLength(kept.length + 2);
  });
});

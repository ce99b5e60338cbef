import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterAll, describe, expect, it } from 'vitest';
import { makeUuidV7, newVaultObject, toBase64Url, type VaultObject } from '@tend/core';
import { createServerApi } from './testing/server-api.ts';
import { testService } from './testing/service-kit.ts';
import { openVaultDb } from './vault-db.ts';

const passphrase = 'a quiet morning by the river';
const newId = () => makeUuidV7(Date.now(), crypto.getRandomValues(new Uint8Array(10)));
const entry = (body: string): VaultObject => newVaultObject(newId(), 'journal-entry', { body }, 1_000);
const api = await createServerApi();
afterAll(() => api.close());

/**
 * The same vault as a device kept it before version 3: the same stores, each record's ciphertext as
 * base64url text. Made by copying a vault of today into a database at version 2.
 */
async function asVersionTwo(from: string, to: string, extra: readonly { id: string; text: string }[] = []) {
  const source = await openDB(from);
  const old = await openDB(to, 2, {
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
  for (const record of await source.getAll('records')) {
    const { ciphertext } = record as { ciphertext: Uint8Array | null };
    await old.put('records', { ...record, ciphertext: ciphertext && toBase64Url(ciphertext) });
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
    expect((await db.get('records', kept.id))?.ciphertext).toBeInstanceOf(Uint8Array);
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
    await asVersionTwo(made, upgraded, [{ id: damaged, text: 'not base64url!' }]);

    const reloaded = testService(api, upgraded);
    expect(await reloaded.status()).toBe('locked');
    await reloaded.unlock(passphrase);
    for (const object of kept) expect(reloaded.get(object.id)).toEqual(object);
    expect(reloaded.get(deleted.id)).toBeUndefined();
    expect(reloaded.get(damaged)).toBeUndefined();
    expect(reloaded.syncState()).toMatchObject({ status: 'local-only' });

    const db = await openVaultDb(upgraded);
    expect(db.version).toBe(3);
    for (const object of kept) {
      expect((await db.get('records', object.id))?.ciphertext).toBeInstanceOf(Uint8Array);
    }
    expect(await db.get('records', deleted.id)).toMatchObject({ deleted: true, ciphertext: null });
    // Text that never decoded is kept as it was: it did not open before and does not now.
    expect((await db.get('records', damaged))?.ciphertext).toBe('not base64url!');
    db.close();
  });
});

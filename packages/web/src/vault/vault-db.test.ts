import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterAll, describe, expect, it } from 'vitest';
import { makeUuidV7, newVaultObject, toBase64Url, type VaultObject } from '@tend/core';
import { createServerApi } from './testing/server-api.ts';
import { fakeAuthenticator } from './testing/fake-authenticator.ts';
import { manualClock, testService } from './testing/service-kit.ts';
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

/** A value as a device kept it before version 5: every byte array in it (not a CryptoKey) as base64url text. */
function sealsAsText(value: unknown): unknown {
  if (value instanceof Uint8Array) return toBase64Url(value);
  if (Array.isArray(value)) return value.map(sealsAsText);
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype)
    return value;
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, sealsAsText(field)]));
}

/** The same vault as a device kept it at version 4: its key header and quick-unlock keys as text. */
async function asVersion4(from: string, to: string) {
  const source = await openVaultDb(from);
  const old = await openDB(to, 4, {
    upgrade(db) {
      db.createObjectStore('meta');
      db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('queuedAt', 'queuedAt');
      db.createObjectStore('inbox', { keyPath: 'id' });
      db.createObjectStore('pages', { keyPath: 'start' });
    },
  });
  for (const key of await source.getAllKeys('meta')) {
    const value: unknown = await source.get('meta', key);
    await old.put(
      'meta',
      ['header', 'rememberedKey', 'passkeys'].includes(key) ? sealsAsText(value) : value,
      key,
    );
  }
  for (const page of await source.getAll('pages')) await old.put('pages', page);
  for (const entry of await source.getAll('outbox')) await old.put('outbox', entry);
  for (const item of await source.getAll('inbox')) await old.put('inbox', item);
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
    expect(db.version).toBe(5);
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
    expect(db.version).toBe(5);
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

  it('upgrades a key header, a remembered key and a passkey kept as text in place; the vault opens every way it did', async () => {
    const clock = manualClock();
    const authenticator = fakeAuthenticator();
    const made = `vault-${crypto.randomUUID()}`;
    const service = testService(api, made, { clock, authenticator });
    await service.status();
    const { recoveryCode } = await service.createVault(passphrase);
    const kept = entry('written before the upgrade');
    await service.save(kept);
    await service.quickUnlock.addPasskey(passphrase);
    await service.updateSettings({ isRememberedOnDevice: true, autoLockMinutes: 10 });
    const source = await openVaultDb(made);
    await expect.poll(() => source.get('meta', 'rememberedKey')).toBeDefined();
    const before = (await source.get('meta', 'header')) as Record<string, unknown>;
    source.close();
    const sealed = ['sealedRecoveryVerifier', 'sealedPendingRecoveryCode'] as const;
    for (const field of sealed) expect(before[field]).toBeInstanceOf(Uint8Array);

    const upgraded = `vault-${crypto.randomUUID()}`;
    await asVersion4(made, upgraded);
    const old = await openDB(upgraded);
    const text = (await old.get('meta', 'header')) as { keys: Record<string, unknown> };
    expect(typeof text.keys['wrappedVaultKey']).toBe('string');
    old.close();

    // The remembered key opens the vault at once, as it did before the upgrade.
    const page = testService(api, upgraded, { clock, authenticator });
    expect(await page.status()).toBe('locked');
    expect(await page.quickUnlock.resume()).toBe(true);
    expect(page.get(kept.id)).toEqual(kept);
    expect(await page.recoveryCodes.pending()).toBe(recoveryCode);

    const db = await openVaultDb(upgraded);
    expect(db.version).toBe(5);
    const header = (await db.get('meta', 'header')) as {
      keys: Record<string, unknown>;
      inbox?: { sealedPrivateKey: unknown };
    } & Record<string, unknown>;
    expect(header.keys['wrappedVaultKey']).toBeInstanceOf(Uint8Array);
    expect(header.keys['recoveryWrappedVaultKey']).toBeInstanceOf(Uint8Array);
    expect(header.keys['sealedSharingPrivateKey']).toBeInstanceOf(Uint8Array);
    for (const field of sealed) expect(header[field]).toEqual(before[field]);
    if (header.inbox) expect(header.inbox.sealedPrivateKey).toBeInstanceOf(Uint8Array);
    const remembered = (await db.get('meta', 'rememberedKey')) as { wrappedVaultKey: unknown };
    expect(remembered.wrappedVaultKey).toBeInstanceOf(Uint8Array);
    const [passkey] = (await db.get('meta', 'passkeys')) as { wrappedVaultKey: unknown; salt: unknown }[];
    expect(passkey?.wrappedVaultKey).toBeInstanceOf(Uint8Array);
    expect(passkey?.salt).toBeInstanceOf(Uint8Array);
    db.close();

    // The passkey, the passphrase and the recovery code still open it; the sealed verifier still signs it up.
    page.lock();
    const touched = testService(api, upgraded, { clock, authenticator });
    await touched.status();
    await touched.quickUnlock.unlockWithPasskey();
    expect(touched.get(kept.id)).toEqual(kept);
    touched.lock();
    const again = testService(api, upgraded, { clock });
    await again.status();
    await again.unlock(passphrase);
    expect(again.get(kept.id)).toEqual(kept);
    again.lock();
    const recovering = testService(api, upgraded, { clock });
    await recovering.status();
    await recovering.recover(recoveryCode, passphrase);
    expect(recovering.get(kept.id)).toEqual(kept);
    const username = `upgraded-${crypto.randomUUID().slice(0, 8)}`;
    await recovering.createAccount(username, passphrase);
    expect(recovering.account()?.username).toBe(username);
  });
});

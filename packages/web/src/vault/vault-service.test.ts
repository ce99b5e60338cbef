import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { editVaultObject, makeUuidV7, newVaultObject, type VaultObject } from '@tend/core';
import { VaultImportError, VaultStateError } from './errors.ts';
import { createIdbStore } from './idb-store.ts';
import { readAllRecords, readRecord } from './page-store.ts';
import { createServerApi } from './testing/server-api.ts';
import { testService } from './testing/service-kit.ts';
import { openVaultDb } from './vault-db.ts';
import { WrongPassphraseError } from './vault-service.ts';

const passphrase = 'a quiet morning by the river';
const newId = () => makeUuidV7(Date.now(), crypto.getRandomValues(new Uint8Array(10)));
const entry = (body: string, now = 1_000): VaultObject =>
  newVaultObject(newId(), 'journal-entry', { body }, now);
const api = await createServerApi();
afterAll(() => api.close());

async function madeVault() {
  const dbName = `vault-${crypto.randomUUID()}`;
  const service = testService(api, dbName);
  expect(await service.status()).toBe('none');
  const { recoveryCode } = await service.createVault(passphrase);
  return { service, dbName, recoveryCode };
}

describe('a local vault', () => {
  it('is made unlocked, locks, refuses a wrong passphrase and unlocks with the right one', async () => {
    const { service, dbName } = await madeVault();
    expect(await service.status()).toBe('unlocked');
    const kept = entry('kept through a lock');
    await service.save(kept);
    service.lock();
    expect(await service.status()).toBe('locked');
    expect(service.list('journal-entry')).toEqual([]);
    expect(service.get(kept.id)).toBeUndefined();
    await expect(service.unlock('not the passphrase')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(await service.status()).toBe('locked');
    // A fresh service on the same database is a reload of the page.
    const reloaded = testService(api, dbName);
    expect(await reloaded.status()).toBe('locked');
    await reloaded.unlock(passphrase);
    expect(reloaded.get(kept.id)).toEqual(kept);
    expect(reloaded.syncState()).toMatchObject({ status: 'local-only', pending: 1 });
  });

  it('recovers with the recovery code and sets a new passphrase', async () => {
    const { service, dbName, recoveryCode } = await madeVault();
    const kept = entry('still here after recovery');
    await service.save(kept);
    service.lock();
    await expect(service.recover('AAAA-BBBB', 'a new passphrase')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    await service.recover(recoveryCode.toLowerCase().replaceAll('-', ' '), 'a new passphrase for spring');
    expect(service.get(kept.id)).toEqual(kept);
    const reloaded = testService(api, dbName);
    await reloaded.status();
    await reloaded.unlock('a new passphrase for spring');
    expect(reloaded.get(kept.id)).toEqual(kept);
  });

  it('resolves a save only once the sealed record and its outbox entry are stored', async () => {
    const { service, dbName } = await madeVault();
    const object = entry('durable');
    await service.save(object);
    const db = await openVaultDb(dbName);
    const record: unknown = await readRecord(db, object.id);
    expect(record).toMatchObject({ id: object.id, version: 1, synced: false, deleted: false });
    expect(JSON.stringify(record)).not.toContain('durable');
    expect(await db.get('outbox', object.id)).toMatchObject({ baseVersion: 0 });
    db.close();
  });

  it('removes with a tombstone, and lists by kind with a stable array between changes', async () => {
    const { service, dbName } = await madeVault();
    const a = entry('a');
    const b = entry('b');
    await service.save(a);
    await service.save(b);
    let notified = 0;
    const unsubscribe = service.subscribe(() => (notified += 1));
    const list = service.list('journal-entry');
    expect(service.list('journal-entry')).toBe(list);
    await service.remove(a.id);
    expect(notified).toBeGreaterThan(0);
    expect(service.list('journal-entry')).toEqual([b]);
    unsubscribe();
    const db = await openVaultDb(dbName);
    expect(await readRecord(db, a.id)).toMatchObject({ deleted: true, ciphertext: null });
    db.close();
  });

  it('exports after asking for the passphrase, and an import into a fresh vault exports the same', async () => {
    const { service } = await madeVault();
    const first = entry('first');
    await service.save(first);
    await service.save(editVaultObject(first, { body: 'first, edited', mood: 'calm' }, 5_000));
    await service.save(entry('second'));
    await expect(service.exportVault('wrong')).rejects.toBeInstanceOf(WrongPassphraseError);
    const exported = await service.exportVault(passphrase);
    const fresh = (await madeVault()).service;
    expect(await fresh.importVault(exported)).toBe(2);
    const again = JSON.parse(await fresh.exportVault(passphrase)) as { objects: unknown };
    expect(again.objects).toEqual((JSON.parse(exported) as { objects: unknown }).objects);
  });

  it('downloads an encrypted backup that a fresh vault imports whole, and refuses a wrong passphrase', async () => {
    const { service } = await madeVault();
    await service.save(entry('kept in the backup'));
    await service.save(entry('and this too'));
    await expect(service.exportBackup('wrong', 'backup words')).rejects.toBeInstanceOf(WrongPassphraseError);
    const backup = await service.exportBackup(passphrase, 'backup words');
    const fresh = (await madeVault()).service;
    await expect(fresh.importBackup(backup, 'other words')).rejects.toMatchObject({
      problem: 'wrong-passphrase',
    });
    const cut = backup.subarray(0, backup.length - 1);
    await expect(fresh.importBackup(cut, 'backup words')).rejects.toMatchObject({ problem: 'damaged' });
    expect(fresh.list('journal-entry')).toEqual([]);
    expect(await fresh.importBackup(backup, 'backup words')).toBe(2);
    const objects = async (s: typeof service) =>
      (JSON.parse(await s.exportVault(passphrase)) as { objects: unknown }).objects;
    expect(await objects(fresh)).toEqual(await objects(service));
  });

  it('refuses a damaged import whole', async () => {
    const { service } = await madeVault();
    const good = JSON.stringify({
      format: 'tend-vault-export',
      version: 1,
      exportedAt: '',
      objects: [entry('x')],
    });
    const damaged = good.replace('"kind":"journal-entry"', '"kind":"NOT A KIND"');
    await expect(service.importVault(damaged)).rejects.toBeInstanceOf(VaultImportError);
    await expect(service.importVault('{')).rejects.toMatchObject({ problem: 'not-json' });
    expect(service.list('journal-entry')).toEqual([]);
  });

  it('keeps device settings readable while locked, and across a reload', async () => {
    const { service, dbName } = await madeVault();
    expect(service.settings()).toEqual({
      region: null,
      theme: 'system',
      autoLockMinutes: 10,
      isNoticingOn: true,
      isSafetyPlanReadableLocked: false,
      isRememberedOnDevice: false,
      isOnThisDayOn: false,
      onThisDayHidden: [],
      hasSeenTour: false,
    });
    await service.updateSettings({ region: 'GB', theme: 'dark' });
    service.lock();
    expect(service.settings()).toMatchObject({ region: 'GB', theme: 'dark' });
    const reloaded = testService(api, dbName);
    await reloaded.status();
    // A new vault's tour is still to be offered after a reload (stored settings keep it unseen).
    expect(reloaded.settings()).toMatchObject({
      region: 'GB',
      theme: 'dark',
      autoLockMinutes: 10,
      hasSeenTour: false,
    });
    await reloaded.deleteLocalVault();
    expect(await reloaded.status()).toBe('none');
    expect(reloaded.settings()).toMatchObject({ region: 'GB' });
  });

  it('leaves out a stored record that does not open, and says so, instead of failing to unlock', async () => {
    const { service, dbName } = await madeVault();
    const good = entry('good');
    const spoiled = entry('spoiled');
    await service.save(good);
    await service.save(spoiled);
    service.lock();
    const db = await openVaultDb(dbName);
    const store = createIdbStore(db);
    const [goodState, spoiledState] = await store.read([good.id, spoiled.id]);
    const goodRecord = goodState?.record;
    if (!goodRecord || !spoiledState) throw new Error('both records are stored');
    // The good record's sealed bytes put under the other id, as someone altering the device's copy would.
    await store.commit([
      {
        id: spoiled.id,
        expect: spoiledState,
        next: { ...spoiledState, record: { ...goodRecord, id: spoiled.id } },
      },
    ]);
    db.close();
    await service.unlock(passphrase);
    expect(service.get(good.id)).toEqual(good);
    expect(service.get(spoiled.id)).toBeUndefined();
    expect(service.syncState().problem).toBe('records-refused');
  });

  it('refuses key-derivation parameters weakened in the device’s storage', async () => {
    const { service, dbName } = await madeVault();
    service.lock();
    const { openDB } = await import('idb');
    const db = await openDB(dbName);
    const header = (await db.get('meta', 'header')) as { kdf: object };
    await db.put('meta', { ...header, kdf: { ...header.kdf, memoryKiB: 1024, iterations: 1 } }, 'header');
    db.close();
    const reloaded = testService(api, dbName);
    await reloaded.status();
    await expect(reloaded.unlock(passphrase)).rejects.toBeInstanceOf(VaultStateError);
    expect(await reloaded.status()).not.toBe('unlocked');
  });

  it('leaves no plaintext in IndexedDB', async () => {
    const { service, dbName } = await madeVault();
    await service.save(entry('canary-7f3a in a journal line'));
    service.lock();
    const db = await openVaultDb(dbName);
    const everything = JSON.stringify([
      await db.getAll('pages'),
      await readAllRecords(db),
      await db.getAll('outbox'),
      await db.getAll('meta'),
    ]);
    expect(everything).not.toContain('canary-7f3a');
    expect(everything).not.toContain('journal-entry');
    db.close();
  });
});

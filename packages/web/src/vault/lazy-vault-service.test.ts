import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeUuidV7, newVaultObject } from '@tend/core';
import { testKdfCost } from '@tend/crypto';
import { VaultStateError } from './errors.ts';
import { createLazyVaultService, type LazyVaultOptions } from './lazy-vault-service.ts';
import { manualTimers } from './testing/service-kit.ts';
import { defaultSettings } from './vault-service.ts';

const passphrase = 'lanterns along the quiet canal';

/** A local vault never calls the server; a call would be a mistake this test should see. */
const noServer = () => Promise.reject(new Error('no server in these tests'));

function lazyService(dbName: string, options: LazyVaultOptions = {}) {
  return createLazyVaultService(
    { fetch: noServer, dbName, timers: manualTimers(), online: () => () => undefined, kdfCost: testKdfCost },
    options,
  );
}

const newDbName = () => `lazy-${crypto.randomUUID()}`;
const databaseNames = async () => (await indexedDB.databases()).map((database) => database.name);

describe('the vault service as the app starts it', () => {
  it('knows a device with no vault without making a database, and reads as an empty device', async () => {
    const dbName = newDbName();
    const service = lazyService(dbName);
    expect(await service.status()).toBe('none');
    expect(await databaseNames()).not.toContain(dbName);
    expect(service.settings()).toBe(defaultSettings);
    expect(service.syncState()).toMatchObject({ status: 'local-only', pending: 0 });
    expect(service.account()).toBeNull();
    expect(service.lockedSafetyPlan()).toBeNull();
    expect(service.list('journal-entry')).toEqual([]);
    expect(() => service.practice).toThrow(VaultStateError);
  });

  it('makes, locks and opens a vault as the service itself does, telling its listeners', async () => {
    const dbName = newDbName();
    const service = lazyService(dbName);
    let changes = 0;
    service.subscribe(() => (changes += 1));
    expect(await service.status()).toBe('none');
    await service.createVault(passphrase);
    expect(await service.status()).toBe('unlocked');
    const entry = newVaultObject(
      makeUuidV7(Date.now(), crypto.getRandomValues(new Uint8Array(10))),
      'journal-entry',
      { body: 'kept' },
      1_000,
    );
    await service.save(entry);
    expect(changes).toBeGreaterThan(0);
    expect(service.get(entry.id)).toEqual(entry);
    expect(service.syncState()).toMatchObject({ status: 'local-only', pending: 1 });
    service.lock();
    expect(await service.status()).toBe('locked');
    expect(service.get(entry.id)).toBeUndefined();

    // A reload of the page: the database is there, so the vault loads and reads it.
    const reloaded = lazyService(dbName);
    expect(await reloaded.status()).toBe('locked');
    await reloaded.unlock(passphrase);
    expect(reloaded.get(entry.id)).toEqual(entry);
  });

  it('loads at once when told a vault is likely, and answers the same', async () => {
    const dbName = newDbName();
    const maker = lazyService(dbName);
    await maker.createVault(passphrase);
    maker.lock();
    const returning = lazyService(dbName, { loadAtOnce: true });
    expect(await returning.status()).toBe('locked');
    await returning.unlock(passphrase);
    expect(await returning.status()).toBe('unlocked');

    const firstVisit = lazyService(newDbName(), { loadAtOnce: true });
    expect(await firstVisit.status()).toBe('none');
  });

  it('keeps settings chosen before any vault exists, across a reload', async () => {
    const dbName = newDbName();
    const service = lazyService(dbName);
    expect(await service.status()).toBe('none');
    await service.updateSettings({ region: 'NZ' });
    expect(service.settings().region).toBe('NZ');
    const reloaded = lazyService(dbName);
    expect(await reloaded.status()).toBe('none');
    expect(reloaded.settings().region).toBe('NZ');
  });

  it('loads ahead when asked, so the first action does not wait for the code', async () => {
    const dbName = newDbName();
    const service = lazyService(dbName);
    await service.preload();
    // Loading the code touches nothing on the device.
    expect(await databaseNames()).not.toContain(dbName);
    expect(await service.status()).toBe('none');
    await service.createVault(passphrase);
    expect(await service.status()).toBe('unlocked');
  });
});

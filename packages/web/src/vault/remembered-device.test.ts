import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterAll, describe, expect, it } from 'vitest';
import { makeUuidV7, newVaultObject } from '@tend/core';
import { openBatch, type RecordOpener } from './open-jobs.ts';
import { rememberRefreshMs } from './remembered-device.ts';
import { createServerApi } from './testing/server-api.ts';
import { manualClock, testService } from './testing/service-kit.ts';

const passphrase = 'a quiet morning by the river';
const minute = 60_000;
const api = await createServerApi();
afterAll(() => api.close());

/** A vault remembered on this device with a 10-minute auto-lock; `reload` is a fresh page on the same database. */
async function rememberedVault() {
  const clock = manualClock();
  const dbName = `remembered-${crypto.randomUUID()}`;
  const service = testService(api, dbName, { clock });
  await service.status();
  await service.createVault(passphrase);
  const entry = newVaultObject(
    makeUuidV7(clock.now(), new Uint8Array(10)),
    'journal-entry',
    { body: 'kept' },
    1,
  );
  await service.save(entry);
  await service.updateSettings({ isRememberedOnDevice: true, autoLockMinutes: 10 });
  const reload = async () => {
    const page = testService(api, dbName, { clock });
    await page.status();
    return page;
  };
  return { service, clock, dbName, entry, reload };
}

async function storedRemembered(dbName: string): Promise<unknown> {
  const db = await openDB(dbName);
  const value: unknown = await db.get('meta', 'rememberedKey');
  db.close();
  return value;
}

describe('remember on this device', () => {
  it('is off by default: a reload asks again and nothing is kept', async () => {
    const dbName = `plain-${crypto.randomUUID()}`;
    const service = testService(api, dbName);
    await service.status();
    await service.createVault(passphrase);
    expect(service.settings().isRememberedOnDevice).toBe(false);
    expect(await storedRemembered(dbName)).toBeUndefined();
    const page = testService(api, dbName);
    await page.status();
    expect(await page.quickUnlock.resume()).toBe(false);
    expect(await page.status()).toBe('locked');
  });

  it('keeps only a non-extractable key and a sealed vault key, and a reload within the time opens the vault', async () => {
    const { clock, dbName, entry, reload } = await rememberedVault();
    const stored = (await storedRemembered(dbName)) as { deviceKey: CryptoKey; wrappedVaultKey: Uint8Array };
    expect(stored.deviceKey.extractable).toBe(false);
    expect(stored.wrappedVaultKey).toBeInstanceOf(Uint8Array);
    await expect(crypto.subtle.exportKey('raw', stored.deviceKey)).rejects.toThrow();
    clock.advance(9 * minute);
    const page = await reload();
    expect(await page.quickUnlock.resume()).toBe(true);
    expect(await page.status()).toBe('unlocked');
    expect(page.get(entry.id)).toEqual(entry);
  });

  it('keeps the key as soon as the vault shows, so a reload while its records still open does not ask', async () => {
    const { service, clock, dbName, entry } = await rememberedVault();
    service.lock();
    await expect.poll(() => storedRemembered(dbName)).toBeUndefined();
    // The next page holds its records unopened until the test lets them go.
    let letOpen: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      letOpen = resolve;
    });
    const holding = (): RecordOpener => ({
      open: async (...batch) => {
        await held;
        return openBatch(...batch);
      },
      close: () => undefined,
    });
    const page = testService(api, dbName, { clock, recordOpener: holding });
    await page.status();
    const unlocking = page.unlock(passphrase);
    // Generous waits: the records stay held whatever the time, so only a busy machine makes them long.
    await expect.poll(() => page.isOpening(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => storedRemembered(dbName), { timeout: 30_000 }).toBeDefined();
    expect(page.isOpening()).toBe(true);
    // A reload now opens the vault without asking.
    const reloaded = testService(api, dbName, { clock });
    await reloaded.status();
    expect(await reloaded.quickUnlock.resume()).toBe(true);
    expect(reloaded.get(entry.id)).toEqual(entry);
    letOpen();
    await unlocking;
    expect(page.get(entry.id)).toEqual(entry);
  });

  it('refuses the key once the time has run out, deletes it, and the passphrase still opens', async () => {
    const { clock, dbName, reload } = await rememberedVault();
    clock.advance(10 * minute);
    const page = await reload();
    expect(await page.quickUnlock.resume()).toBe(false);
    expect(await page.status()).toBe('locked');
    expect(await storedRemembered(dbName)).toBeUndefined();
    await page.unlock(passphrase);
    expect(await page.status()).toBe('unlocked');
  });

  it('starts the time again while the person is here, at most once a minute', async () => {
    const { service, clock, dbName, reload } = await rememberedVault();
    const expiry = async () => ((await storedRemembered(dbName)) as { expiresAt: number }).expiresAt;
    const first = await expiry();
    clock.advance(rememberRefreshMs / 2);
    service.quickUnlock.stillHere();
    expect(await expiry()).toBe(first);
    clock.advance(8 * minute);
    service.quickUnlock.stillHere();
    await expect.poll(expiry).toBe(clock.now() + 10 * minute);
    clock.advance(9 * minute);
    expect(await (await reload()).quickUnlock.resume()).toBe(true);
  });

  it('deletes the key at every lock, and at once when the person turns it off', async () => {
    const { service, dbName, reload } = await rememberedVault();
    service.lock();
    await expect.poll(() => storedRemembered(dbName)).toBeUndefined();
    expect(await (await reload()).quickUnlock.resume()).toBe(false);

    const second = await rememberedVault();
    expect(await storedRemembered(second.dbName)).toBeDefined();
    await second.service.updateSettings({ isRememberedOnDevice: false });
    expect(await storedRemembered(second.dbName)).toBeUndefined();
    expect(await (await second.reload()).quickUnlock.resume()).toBe(false);
  });

  it('refuses a clock set back to before the key was kept', async () => {
    const { clock, dbName, reload } = await rememberedVault();
    clock.advance(-minute);
    expect(await (await reload()).quickUnlock.resume()).toBe(false);
    expect(await storedRemembered(dbName)).toBeUndefined();
  });

  it('refuses a stored expiry moved later (it is bound into the seal), and deletes the key', async () => {
    const { clock, dbName, reload } = await rememberedVault();
    const db = await openDB(dbName);
    const stored = (await db.get('meta', 'rememberedKey')) as { expiresAt: number };
    await db.put('meta', { ...stored, expiresAt: stored.expiresAt + 60 * minute }, 'rememberedKey');
    db.close();
    clock.advance(30 * minute);
    expect(await (await reload()).quickUnlock.resume()).toBe(false);
    expect(await storedRemembered(dbName)).toBeUndefined();
  });

  it('seals again for a new auto-lock time', async () => {
    const { service, clock, dbName } = await rememberedVault();
    await service.updateSettings({ autoLockMinutes: 60 });
    const stored = (await storedRemembered(dbName)) as { expiresAt: number };
    expect(stored.expiresAt).toBe(clock.now() + 60 * minute);
  });
});

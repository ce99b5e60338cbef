import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterAll, describe, expect, it } from 'vitest';
import { makeUuidV7, newVaultObject } from '@tend/core';
import type { PasskeyError } from './authenticator.ts';
import { createServerApi } from './testing/server-api.ts';
import { fakeAuthenticator, type FakeAuthenticator } from './testing/fake-authenticator.ts';
import { testService } from './testing/service-kit.ts';
import { WrongPassphraseError } from './vault-service.ts';

const passphrase = 'a quiet morning by the river';
const api = await createServerApi();
afterAll(() => api.close());

async function vaultWith(authenticator: FakeAuthenticator, dbName = `passkeys-${crypto.randomUUID()}`) {
  const service = testService(api, dbName, { authenticator });
  await service.status();
  await service.createVault(passphrase);
  const entry = newVaultObject(
    makeUuidV7(Date.now(), new Uint8Array(10)),
    'journal-entry',
    { body: 'here' },
    1,
  );
  await service.save(entry);
  const reload = async () => {
    const page = testService(api, dbName, { authenticator });
    await page.status();
    return page;
  };
  return { service, entry, dbName, reload };
}

const refusedFor = (reason: PasskeyError['reason']) =>
  expect.objectContaining({ name: 'PasskeyError', reason });

describe('passkey unlock', () => {
  it('needs the passphrase to add one, then opens the vault with one touch after a reload', async () => {
    const authenticator = fakeAuthenticator();
    const { service, entry, reload } = await vaultWith(authenticator);
    await expect(service.quickUnlock.addPasskey('not the passphrase')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    expect(service.quickUnlock.passkeys()).toEqual([]);
    const added = await service.quickUnlock.addPasskey(passphrase);
    expect(service.quickUnlock.passkeys()).toEqual([added]);
    service.lock();
    const page = await reload();
    expect(page.quickUnlock.passkeys()).toEqual([added]);
    await page.quickUnlock.unlockWithPasskey();
    expect(await page.status()).toBe('unlocked');
    expect(page.get(entry.id)).toEqual(entry);
  });

  it('works when the authenticator gives the PRF output only on a second touch', async () => {
    const { service, reload } = await vaultWith(fakeAuthenticator({ prfAtCreation: false }));
    await service.quickUnlock.addPasskey(passphrase);
    const page = await reload();
    await page.quickUnlock.unlockWithPasskey();
    expect(await page.status()).toBe('unlocked');
  });

  it('refuses a passkey that is not one of this vault’s, and stays locked', async () => {
    const authenticator = fakeAuthenticator();
    const mine = await vaultWith(authenticator);
    await mine.service.quickUnlock.addPasskey(passphrase);
    const other = await vaultWith(authenticator);
    const theirs = await other.service.quickUnlock.addPasskey(passphrase);
    authenticator.choose(theirs.credentialId);
    const page = await mine.reload();
    await expect(page.quickUnlock.unlockWithPasskey()).rejects.toEqual(refusedFor('unknown-passkey'));
    expect(await page.status()).toBe('locked');
  });

  it('refuses a passkey whose PRF output does not open the wrapped key', async () => {
    const authenticator = fakeAuthenticator();
    const { service, dbName, reload } = await vaultWith(authenticator);
    await service.quickUnlock.addPasskey(passphrase);
    const db = await openDB(dbName);
    const [stored] = (await db.get('meta', 'passkeys')) as { salt: Uint8Array }[];
    expect(stored?.salt).toBeInstanceOf(Uint8Array);
    await db.put('meta', [{ ...stored, salt: new Uint8Array(32) }], 'passkeys');
    db.close();
    const page = await reload();
    await expect(page.quickUnlock.unlockWithPasskey()).rejects.toEqual(refusedFor('wrong-passkey'));
    expect(await page.status()).toBe('locked');
  });

  it('deletes the wrapped key at once on removal, so the same passkey no longer opens anything', async () => {
    const authenticator = fakeAuthenticator();
    const { service, dbName, reload } = await vaultWith(authenticator);
    const added = await service.quickUnlock.addPasskey(passphrase);
    await service.quickUnlock.removePasskey(added.credentialId);
    expect(service.quickUnlock.passkeys()).toEqual([]);
    expect(authenticator.forgotten).toEqual([added.credentialId]);
    const db = await openDB(dbName);
    expect(await db.get('meta', 'passkeys')).toBeUndefined();
    db.close();
    // The authenticator still holds the credential and answers with it: refused all the same.
    authenticator.choose(added.credentialId);
    const page = await reload();
    await expect(page.quickUnlock.unlockWithPasskey()).rejects.toEqual(refusedFor('unknown-passkey'));
    expect(await page.status()).toBe('locked');
    await page.unlock(passphrase);
    expect(await page.status()).toBe('unlocked');
  });

  it('says so where the browser has no PRF, and keeps nothing', async () => {
    const { service } = await vaultWith(fakeAuthenticator({ support: 'no-prf' }));
    expect(await service.quickUnlock.passkeySupport()).toBe('no-prf');
    await expect(service.quickUnlock.addPasskey(passphrase)).rejects.toEqual(refusedFor('no-prf'));
    expect(service.quickUnlock.passkeys()).toEqual([]);
  });

  it('refuses the same passkey twice for one vault', async () => {
    const authenticator = fakeAuthenticator();
    const { service } = await vaultWith(authenticator);
    await service.quickUnlock.addPasskey(passphrase);
    // The authenticator already holds one of this vault's passkeys (excludeCredentials).
    await expect(service.quickUnlock.addPasskey(passphrase)).rejects.toEqual(refusedFor('already-added'));
    expect(service.quickUnlock.passkeys()).toHaveLength(1);
  });

  it('goes with the vault when this device’s copy is deleted, which also leaves the device unremembered', async () => {
    const authenticator = fakeAuthenticator();
    const { service } = await vaultWith(authenticator);
    const added = await service.quickUnlock.addPasskey(passphrase);
    await service.updateSettings({ isRememberedOnDevice: true, theme: 'dark' });
    await service.deleteLocalVault();
    expect(authenticator.forgotten).toEqual([added.credentialId]);
    expect(await service.status()).toBe('none');
    expect(service.quickUnlock.passkeys()).toEqual([]);
    expect(service.settings()).toMatchObject({ theme: 'dark', isRememberedOnDevice: false });
  });
});

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { apiRoutes } from '@tend/contract';
import { testKdfCost } from '@tend/crypto';
import { editVaultObject, makeUuidV7, newVaultObject, type VaultObject } from '@tend/core';
import { VaultStateError } from './errors.ts';
import { serverForTest, type ServerApi } from './testing/server-api.ts';
import { createVaultService } from './create-vault-service.ts';
import type { FetchLike } from './http-client.ts';
import { manualTimers, testService } from './testing/service-kit.ts';
import { ServiceError, WrongPassphraseError, type VaultService } from './vault-service.ts';

const passphrase = 'a quiet morning by the river';
const newId = () => makeUuidV7(Date.now(), crypto.getRandomValues(new Uint8Array(10)));
const entry = (fields: Record<string, string>, now = 1_000): VaultObject =>
  newVaultObject(newId(), 'journal-entry', fields, now);

/** A first device with a vault and an account, and a second device signed in to it. */
async function twoDevices(api: ServerApi, username: string) {
  const first = testService(api);
  await first.status();
  const { recoveryCode } = await first.createVault(passphrase);
  const shared = entry({ title: 'shared', body: 'shared', canary: 'canary-9d1e' });
  await first.save(shared);
  await first.createAccount(username, passphrase);
  const second = testService(api);
  await second.status();
  await second.signIn(username.toUpperCase(), passphrase);
  return { first, second, shared, recoveryCode };
}

const bodies = (api: ServerApi) => api.seen.map((r) => r.body).join('\n');

describe('a vault with an account', () => {
  it('uploads on sign-up, and a second device signs in and pulls everything', async () => {
    const api = await serverForTest();
    const { first, second, shared } = await twoDevices(api, 'river');
    expect(first.account()).toEqual({ accountId: expect.any(String), username: 'river' });
    expect(first.syncState()).toMatchObject({ status: 'idle', pending: 0, lastSyncedAt: expect.any(Number) });
    expect(await second.status()).toBe('unlocked');
    expect(second.get(shared.id)).toEqual(shared);
    expect(second.account()).toEqual(first.account());
    // The device that made the vault is offered the first-run tour; one signing in to it is not.
    expect([first.settings().hasSeenTour, second.settings().hasSeenTour]).toEqual([false, true]);
    // Nothing a person wrote crossed the wire in plaintext; every write carried the CSRF header.
    expect(bodies(api)).not.toContain('canary-9d1e');
    expect(bodies(api)).not.toContain('journal-entry');
    expect(api.seen.every((r) => r.credentials === 'same-origin')).toBe(true);
    expect(api.seen.filter((r) => r.method !== 'GET').every((r) => r.csrf === '1')).toBe(true);
  });

  it('merges two devices editing different fields of one entry offline', async () => {
    const api = await serverForTest();
    const { first, second, shared } = await twoDevices(api, 'meadow');
    api.setOffline(true);
    await first.save(editVaultObject(shared, { title: 'title from the laptop' }, 5_000));
    await second.save(editVaultObject(shared, { body: 'body from the phone' }, 6_000));
    await first.syncNow();
    expect(first.syncState()).toMatchObject({ status: 'offline', pending: 1 });
    api.setOffline(false);
    await first.syncNow();
    await second.syncNow();
    await first.syncNow();
    const expected = { title: 'title from the laptop', body: 'body from the phone', canary: 'canary-9d1e' };
    expect(first.get(shared.id)?.fields).toEqual(expected);
    expect(second.get(shared.id)?.fields).toEqual(expected);
    const removed = entry({ title: 'to remove' });
    await second.save(removed);
    await second.syncNow();
    await first.syncNow();
    await first.remove(removed.id);
    await first.syncNow();
    await second.syncNow();
    expect(second.get(removed.id)).toBeUndefined();
    expect(second.syncState().pending).toBe(0);
    await first.save(entry({ title: 'another' }));
    await first.syncNow();
    await second.syncNow();
    // A server that swaps in another record's ciphertext is refused, and says so.
    const [one, other] = (await api.records(first.account()?.accountId ?? '')).filter((r) => !r.deleted);
    if (!one || !other) throw new Error('expected two live records on the server');
    await api.tamper(first.account()?.accountId ?? '', {
      ...one,
      version: one.version + 1,
      seq: 99,
      ciphertext: other.ciphertext,
    });
    await second.syncNow();
    expect(second.syncState()).toMatchObject({ status: 'error', problem: 'records-refused' });
    expect(second.get(one.id)).toEqual(first.get(one.id));
  });

  it('refuses a deletion the server invented, keeps the entry, sends it back, and says so', async () => {
    const api = await serverForTest();
    const { first, second, shared } = await twoDevices(api, 'willow');
    const accountId = first.account()?.accountId ?? '';
    const current = (await api.records(accountId)).find((r) => r.id === shared.id);
    if (!current) throw new Error('expected the shared entry on the server');
    await api.tamper(accountId, {
      ...current,
      version: current.version + 1,
      seq: 99,
      ciphertext: null,
      deleted: true,
    });
    await second.syncNow();
    expect(second.syncState()).toMatchObject({ status: 'error', problem: 'deletion-unconfirmed' });
    expect(second.get(shared.id)).toEqual(shared);
    await first.syncNow();
    expect(first.get(shared.id)).toEqual(shared);
    expect(first.syncState()).toMatchObject({ status: 'idle' });
    // A real removal still reaches the other device.
    await first.remove(shared.id);
    await first.syncNow();
    await second.syncNow();
    expect(second.get(shared.id)).toBeUndefined();
    expect(second.syncState()).toMatchObject({ status: 'idle' });
  });

  it('says calmly when a new device is sent an older entry than the vault last saw, and looks again', async () => {
    const api = await serverForTest();
    const { first, shared } = await twoDevices(api, 'linden');
    const accountId = first.account()?.accountId ?? '';
    const stored = async () => (await api.records(accountId)).find((record) => record.id === shared.id);
    const original = await stored();
    const edited = editVaultObject(shared, { body: 'later words' }, 5_000);
    await first.save(edited);
    await first.syncNow();
    const latest = await stored();
    if (!original || latest?.version !== 2) throw new Error('expected both versions on the server');
    // The server hands out version 1 again, as if the edit never came.
    const stale = { id: shared.id, version: 1, seq: 500, ciphertext: original.ciphertext, deleted: false };
    await api.tamper(accountId, stale);
    const third = testService(api);
    await third.status();
    await third.signIn('linden', passphrase);
    expect(third.syncState()).toMatchObject({ status: 'error', problem: 'records-behind' });
    expect(third.get(shared.id)).toEqual(shared);
    // Once the server sends the newer version, the next sync finds nothing behind.
    await api.tamper(accountId, { ...stale, version: 2, seq: 501, ciphertext: latest.ciphertext });
    await third.syncNow();
    expect(third.syncState()).toMatchObject({ status: 'idle' });
    expect(third.get(shared.id)).toEqual(edited);
  });

  it('notes an expired session, and reconnects with the passphrase changed on another device', async () => {
    const api = await serverForTest();
    const { first, second } = await twoDevices(api, 'harbour');
    await expect(first.changePassphrase('wrong', 'x')).rejects.toBeInstanceOf(WrongPassphraseError);
    await first.changePassphrase(passphrase, 'a new passphrase for autumn');
    await second.save(entry({ title: 'written while signed out' }));
    await second.syncNow();
    expect(second.syncState()).toMatchObject({ status: 'error', problem: 'session-expired', pending: 1 });
    await expect(second.reconnect(passphrase)).rejects.toBeInstanceOf(ServiceError);
    await second.reconnect('a new passphrase for autumn');
    expect(second.syncState()).toMatchObject({ status: 'idle', pending: 0 });
    second.lock();
    await second.unlock('a new passphrase for autumn');
    await first.syncNow();
    expect(first.list('journal-entry')).toHaveLength(2);
  });

  it('deletes the account, keeps the vault local-only, and a new account uploads it again', async () => {
    const api = await serverForTest();
    const { first, shared } = await twoDevices(api, 'willow');
    await first.deleteAccount(passphrase);
    expect(first.account()).toBeNull();
    expect(first.syncState()).toMatchObject({ status: 'local-only', pending: 1 });
    expect(await api.account('willow')).toBeUndefined();
    expect(first.get(shared.id)).toEqual(shared);
    await first.createAccount('willow-again', passphrase);
    const third = testService(api);
    await third.signIn('willow-again', passphrase);
    expect(third.get(shared.id)).toEqual(shared);
  });

  it('recovers on the server too, and signs out by removing the device copy', async () => {
    const api = await serverForTest();
    const { second, recoveryCode, shared } = await twoDevices(api, 'cedar');
    second.lock();
    await second.recover(recoveryCode, 'recovered passphrase words');
    expect(second.get(shared.id)).toEqual(shared);
    api.setOffline(true);
    await second.save(entry({ title: 'not on the server yet' }));
    await expect(second.signOut()).rejects.toMatchObject({ state: 'unsynced-changes' });
    api.setOffline(false);
    await second.signOut();
    expect(await second.status()).toBe('none');
    const again = testService(api);
    await expect(again.signIn('cedar', passphrase)).rejects.toMatchObject({ code: 'unauthorized' });
    await again.signIn('cedar', 'recovered passphrase words');
    expect(again.get(shared.id)).toEqual(shared);
    // A device that signed in never saw the recovery code: a new account there needs it once.
    await again.deleteAccount('recovered passphrase words');
    await expect(again.createAccount('cedar-two', 'recovered passphrase words')).rejects.toBeInstanceOf(
      VaultStateError,
    );
  });
});

describe('a lost answer', () => {
  it('still adds the account when the sign-up reached the server but its answer did not come back', async () => {
    const api = await serverForTest();
    const browser = api.browser();
    let dropSignup = true;
    const fetch: FetchLike = async (input, init) => {
      const response = await browser(input, init);
      if (dropSignup && input.endsWith('/auth/signup')) {
        dropSignup = false;
        throw new TypeError('Failed to fetch');
      }
      return response;
    };
    const service = createVaultService({
      fetch,
      dbName: `lost-${crypto.randomUUID()}`,
      timers: manualTimers(),
      kdfCost: testKdfCost,
    });
    await service.status();
    await service.createVault(passphrase);
    await service.save(entry({ title: 'kept' }));
    await expect(service.createAccount('lantern', passphrase)).rejects.toMatchObject({ code: 'offline' });
    expect(service.account()).toBeNull();
    await service.createAccount('lantern', passphrase);
    expect(service.account()?.username).toBe('lantern');
    expect(service.syncState()).toMatchObject({ status: 'idle', pending: 0 });
  });
});

describe('a hostile server', () => {
  it('cannot hand out weak key-derivation parameters: signing in stops before the passphrase is used', async () => {
    const api = await serverForTest();
    const first = testService(api);
    await first.status();
    await first.createVault(passphrase);
    await first.createAccount('harbour', passphrase);
    const browser = api.browser();
    const fetch: FetchLike = async (input, init) => {
      const response = await browser(input, init);
      if (!input.endsWith(apiRoutes.loginParams.path)) return response;
      const { kdf } = (await response.json()) as { kdf: object };
      return Response.json({ kdf: { ...kdf, memoryKiB: 1024, iterations: 1 } });
    };
    const second = createVaultService({
      fetch,
      dbName: `weak-${crypto.randomUUID()}`,
      timers: manualTimers(),
      kdfCost: testKdfCost,
    });
    await second.status();
    const logins = api.seen.filter((r) => r.route === 'login').length;
    await expect(second.signIn('harbour', passphrase)).rejects.toBeInstanceOf(ServiceError);
    expect(api.seen.filter((r) => r.route === 'login')).toHaveLength(logins);
    expect(await second.status()).toBe('none');
  });
});

describe('two tabs of one device', () => {
  it('shows in one tab what the other saved', async () => {
    const api = await serverForTest();
    const dbName = `tabs-${crypto.randomUUID()}`;
    const one: VaultService = testService(api, dbName);
    await one.status();
    await one.createVault(passphrase);
    const two = testService(api, dbName);
    await two.status();
    await two.unlock(passphrase);
    const written = entry({ body: 'from the other tab' });
    // Waits for the other tab's note to be read, however long a busy machine takes to deliver it.
    const seen = new Promise<void>((resolve) => {
      const unsubscribe = two.subscribe(() => {
        if (!two.get(written.id)) return;
        unsubscribe();
        resolve();
      });
    });
    await one.save(written);
    await seen;
    expect(two.get(written.id)).toEqual(written);
  });
});

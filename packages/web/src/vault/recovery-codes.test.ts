import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { VaultStateError } from './errors.ts';
import type { FetchLike } from './http-client.ts';
import { serverForTest, type ServerApi } from './testing/server-api.ts';
import { testService } from './testing/service-kit.ts';
import { ServiceError, WrongPassphraseError, type VaultService } from './vault-service.ts';

const passphrase = 'a quiet morning by the river';

async function everythingStored(dbName: string): Promise<string> {
  const db = await openDB(dbName);
  const all = JSON.stringify([await db.getAll('meta'), await db.getAll('pages')]);
  db.close();
  return all;
}

async function newVault(api: ServerApi, options: { fetch?: FetchLike } = {}) {
  const dbName = `recovery-${crypto.randomUUID()}`;
  const service = testService(api, dbName, options);
  await service.status();
  const { recoveryCode } = await service.createVault(passphrase);
  const reload = async (): Promise<VaultService> => {
    const page = testService(api, dbName, options);
    await page.status();
    return page;
  };
  return { service, dbName, recoveryCode, reload };
}

/** Recovering on a fresh page of the same device, which also sets the passphrase again. */
async function recovers(reload: () => Promise<VaultService>, code: string): Promise<boolean> {
  const page = await reload();
  return page.recover(code, passphrase).then(
    () => true,
    (error: unknown) => {
      if (error instanceof WrongPassphraseError || error instanceof ServiceError) return false;
      throw error;
    },
  );
}

describe('a recovery code that cannot be lost by accident', () => {
  it('stays, sealed, across a reload until the person says they kept it', async () => {
    const api = await serverForTest();
    const { service, dbName, recoveryCode, reload } = await newVault(api);
    expect(service.recoveryCodes.isPending()).toBe(true);
    expect(await service.recoveryCodes.pending()).toBe(recoveryCode);
    expect(await everythingStored(dbName)).not.toContain(recoveryCode.replaceAll('-', '').slice(0, 12));
    expect(await everythingStored(dbName)).not.toContain(recoveryCode.slice(0, 14));

    const page = await reload();
    expect(await page.status()).toBe('locked');
    expect(page.recoveryCodes.isPending()).toBe(true);
    await page.unlock(passphrase);
    expect(await page.recoveryCodes.pending()).toBe(recoveryCode);
    await page.recoveryCodes.kept();
    expect(page.recoveryCodes.isPending()).toBe(false);
    expect(await page.recoveryCodes.pending()).toBeNull();
    expect((await reload()).recoveryCodes.isPending()).toBe(false);
  });

  it('makes a new code after the passphrase on a vault with no account; the old code stops working', async () => {
    const api = await serverForTest();
    const { service, recoveryCode, reload } = await newVault(api);
    await service.recoveryCodes.kept();
    await expect(service.recoveryCodes.makeNew('not the passphrase')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    expect(await recovers(reload, recoveryCode)).toBe(true);
    const next = await service.recoveryCodes.makeNew(passphrase);
    expect(next).not.toBe(recoveryCode);
    expect(service.recoveryCodes.isPending()).toBe(true);
    expect(await service.recoveryCodes.pending()).toBe(next);
    expect(await recovers(reload, recoveryCode)).toBe(false);
    expect(await recovers(reload, next)).toBe(true);
  });

  it('replaces the code on the server too, and another device takes the new one when it signs in again', async () => {
    const api = await serverForTest();
    const first = await newVault(api);
    await first.service.createAccount('willow', passphrase);
    const second = testService(api);
    await second.status();
    await second.signIn('willow', passphrase);

    const verifierBefore = (await api.account('willow'))?.recoveryVerifierHash;
    expect(verifierBefore).toEqual(expect.any(String));
    const next = await first.service.recoveryCodes.makeNew(passphrase);
    expect((await api.account('willow'))?.recoveryVerifierHash).not.toBe(verifierBefore);
    expect(await recovers(first.reload, first.recoveryCode)).toBe(false);

    // The other device's session ended with the change; signing in again brings the new keys.
    await second.syncNow();
    expect(second.syncState().problem).toBe('session-expired');
    await second.reconnect(passphrase);
    second.lock();
    await expect(second.recover(first.recoveryCode, passphrase)).rejects.toBeInstanceOf(WrongPassphraseError);
    await second.recover(next, 'a passphrase set with the new code');
    expect(await second.status()).toBe('unlocked');
  });

  it('changes nothing when the server refuses, and the old code still works', async () => {
    const api = await serverForTest();
    const { service, recoveryCode, reload } = await newVault(api);
    await service.createAccount('rowan', passphrase);
    await service.recoveryCodes.kept();
    await api.expireSessions();
    await expect(service.recoveryCodes.makeNew(passphrase)).rejects.toMatchObject({ code: 'unauthorized' });
    expect(service.recoveryCodes.isPending()).toBe(false);
    expect(await recovers(reload, recoveryCode)).toBe(true);
  });

  it('keeps the new code when the server took it but its answer was lost', async () => {
    const api = await serverForTest();
    const browser = api.browser();
    let loseAnswer = false;
    const fetch: FetchLike = async (input, init) => {
      const response = await browser(input, init);
      if (loseAnswer && input.endsWith('/api/v1/auth/recovery-code')) throw new TypeError('Failed to fetch');
      return response;
    };
    const { service, recoveryCode, reload } = await newVault(api, { fetch });
    await service.createAccount('alder', passphrase);
    loseAnswer = true;
    const next = await service.recoveryCodes.makeNew(passphrase);
    expect(await service.recoveryCodes.pending()).toBe(next);
    expect(await recovers(reload, recoveryCode)).toBe(false);
    expect(await recovers(reload, next)).toBe(true);
  });

  it('settles a code whose answer never came at the next unlock, and makes no other meanwhile', async () => {
    const api = await serverForTest();
    const browser = api.browser();
    let isCutOff = false;
    const fetch: FetchLike = async (input, init) => {
      if (isCutOff && !input.endsWith('/api/v1/auth/recovery-code')) throw new TypeError('Failed to fetch');
      const response = await browser(input, init);
      if (isCutOff) throw new TypeError('Failed to fetch');
      return response;
    };
    const { service, reload } = await newVault(api, { fetch });
    await service.createAccount('hazel', passphrase);
    await service.recoveryCodes.kept();
    isCutOff = true;
    await expect(service.recoveryCodes.makeNew(passphrase)).rejects.toMatchObject({ code: 'offline' });
    await expect(service.recoveryCodes.makeNew(passphrase)).rejects.toBeInstanceOf(VaultStateError);
    isCutOff = false;
    const page = await reload();
    await page.unlock(passphrase);
    await expect.poll(async () => (await reload()).recoveryCodes.isPending()).toBe(true);
    const settled = await reload();
    await settled.unlock(passphrase);
    const code = await settled.recoveryCodes.pending();
    expect(code).not.toBeNull();
    expect(await recovers(reload, code ?? '')).toBe(true);
  });
});

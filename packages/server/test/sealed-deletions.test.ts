import { PullResponse, PushResponse, type PullResponse as Page } from '@tend/contract';
import { makeUuidV7, newVaultObject, type VaultObject } from '@tend/core';
import { sealTombstone, type VaultKey } from '@tend/crypto';
import {
  createCryptoSealer,
  createMemoryStore,
  deleteObject,
  saveObject,
  syncVault,
  type SyncPorts,
  type Transport,
} from '@tend/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from './support/databases.ts';
import { createTestServer, type TestServer } from './support/test-server.ts';

const newId = () => makeUuidV7(Date.now(), crypto.getRandomValues(new Uint8Array(10)));
const newVaultKey = async (): Promise<VaultKey> => ({
  key: await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
});

/**
 * The real sync engine of a device against the real server in process: what a person's device does,
 * with the server's own store reachable for a test that plays a hostile server.
 */
describe.each(testDatabases())('sealed deletions through the server on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer({ database, cheapHashing: true });
  });
  afterAll(() => server.close());

  function transport(cookie: string): Transport {
    return {
      async push(request) {
        const response = await server.call('POST', '/api/v1/sync/push', { cookie, body: request });
        expect(response.status).toBe(200);
        return PushResponse.parse(await response.json());
      },
      async pull(after, limit): Promise<Page> {
        const response = await server.call('GET', `/api/v1/sync/pull?after=${after}&limit=${limit}`, {
          cookie,
        });
        expect(response.status).toBe(200);
        return PullResponse.parse(await response.json());
      },
    };
  }

  function device(cookie: string, ownerId: string, vaultKey: VaultKey) {
    const view = new Map<string, VaultObject>();
    let now = 1_000;
    const ports: SyncPorts = {
      store: createMemoryStore(),
      sealer: createCryptoSealer(vaultKey, ownerId),
      clock: { now: () => (now += 1) },
      transport: transport(cookie),
      onApplied: (changes) => {
        for (const { id, object } of changes) {
          if (object) view.set(id, object);
          else view.delete(id);
        }
      },
    };
    return { ports, view };
  }

  /** Two devices of one account, both holding one synced entry. */
  async function twoDevices() {
    const { cookie, session } = await server.signUp();
    const vaultKey = await newVaultKey();
    const first = device(cookie, session.accountId, vaultKey);
    const second = device(cookie, session.accountId, vaultKey);
    const entry = newVaultObject(newId(), 'journal-entry', { title: 'kept', body: 'kept' }, 1_000);
    await saveObject(first.ports, entry);
    await syncVault(first.ports);
    expect(await syncVault(second.ports)).toMatchObject({ refused: [] });
    expect(second.view.get(entry.id)).toEqual(entry);
    return { ownerId: session.accountId, vaultKey, first, second, entry };
  }

  /** What a hostile server could do: write a deletion into its own store, with whatever proof it likes. */
  async function injectDeletion(ownerId: string, id: string, version: number, tombstone: Uint8Array | null) {
    await server.ctx.store.transact(async ({ accounts, records }) => {
      const totals = await accounts.lockTotals(ownerId);
      if (!totals) throw new Error('no such account');
      const seq = totals.seq + 1;
      await records.writeMany(ownerId, [{ id, version, seq, ciphertext: tombstone, deleted: true }], 5_000);
      await accounts.setTotals(ownerId, seq, totals.storedBytes);
    });
  }

  const bytesOf = (text: string) => Uint8Array.from(Buffer.from(text, 'base64url'));

  it('carries a real deletion to the second device', async () => {
    const { first, second, entry } = await twoDevices();
    await deleteObject(first.ports, entry.id);
    expect(await syncVault(first.ports)).toMatchObject({ pushed: 1, refused: [] });
    expect(await syncVault(second.ports)).toMatchObject({ pulled: 1, refused: [] });
    expect(second.view.has(entry.id)).toBe(false);
  });

  it('has a forged or unsealed deletion refused and reported, and the entry kept and restored', async () => {
    const { ownerId, first, second, entry } = await twoDevices();
    const forged = [
      null,
      crypto.getRandomValues(new Uint8Array(29)),
      bytesOf(await sealTombstone(await newVaultKey(), { ownerId, recordId: entry.id, version: 2 })),
    ];
    let version = 2;
    for (const tombstone of forged) {
      await injectDeletion(ownerId, entry.id, version, tombstone);
      expect((await syncVault(second.ports)).refused).toEqual([
        { id: entry.id, reason: 'unconfirmed-deletion' },
      ]);
      expect(second.view.get(entry.id)).toEqual(entry);
      // The second device sent its copy back on top of the deletion.
      expect(await syncVault(first.ports)).toMatchObject({ refused: [] });
      expect(first.view.get(entry.id)).toEqual(entry);
      version += 2;
    }
  });
});

import { newVaultObject } from '@tend/core';
import { sealTombstone } from '@tend/crypto';
import { deleteObject, saveObject, syncVault } from '@tend/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from './support/databases.ts';
import { injectRecord, newId, newVaultKey, serverTransport, syncDevice } from './support/sync-device.ts';
import { createTestServer, type TestServer } from './support/test-server.ts';

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

  /** Two devices of one account, both holding one synced entry. */
  async function twoDevices() {
    const { cookie, session } = await server.signUp();
    const vaultKey = await newVaultKey();
    const first = syncDevice(serverTransport(server, cookie), session.accountId, vaultKey);
    const second = syncDevice(serverTransport(server, cookie), session.accountId, vaultKey);
    const entry = newVaultObject(newId(), 'journal-entry', { title: 'kept', body: 'kept' }, 1_000);
    await saveObject(first.ports, entry);
    await syncVault(first.ports);
    expect(await syncVault(second.ports)).toMatchObject({ refused: [] });
    expect(second.view.get(entry.id)).toEqual(entry);
    return { ownerId: session.accountId, vaultKey, first, second, entry };
  }

  const injectDeletion = (ownerId: string, id: string, version: number, tombstone: Uint8Array | null) =>
    injectRecord(server, ownerId, { id, version, ciphertext: tombstone, deleted: true });

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
      await sealTombstone(await newVaultKey(), { ownerId, recordId: entry.id, version: 2 }),
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

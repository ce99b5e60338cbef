import type { PushRequest } from '@tend/contract';
import { newVaultObject, toBase64Url, type VaultObject } from '@tend/core';
import { reservedShard, saveObject, shardOf, shardRecordId, syncVault, type SyncResult } from '@tend/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from './support/databases.ts';
import { injectRecord, newId, newVaultKey, serverTransport, syncDevice } from './support/sync-device.ts';
import { createTestServer, type TestServer } from './support/test-server.ts';

const entry = (title: string): VaultObject =>
  newVaultObject(newId(), 'journal-entry', { title, body: title }, 1_000);

/**
 * The vault manifest through the real server: devices of one account with their real sync engines,
 * and the server's own database reachable for a test that plays a hostile server.
 */
describe.each(testDatabases())('the vault manifest through the server on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer({ database, cheapHashing: true });
  });
  afterAll(() => server.close());

  async function account() {
    const { cookie, session } = await server.signUp();
    const vaultKey = await newVaultKey();
    const device = (onPush?: (request: PushRequest) => void) =>
      syncDevice(serverTransport(server, cookie, onPush), session.accountId, vaultKey);
    return { ownerId: session.accountId, device, cookie };
  }

  /** The manifest as the server holds it: every shard opened with the vault key, merged. */
  async function serverManifest(ownerId: string, opener: ReturnType<typeof syncDevice>) {
    const rows = await server.ctx.database.db
      .selectFrom('records')
      .select(['id', 'version', 'ciphertext', 'deleted'])
      .where('owner_id', '=', ownerId)
      .execute();
    const manifest = new Map<string, number>();
    const versions = new Map<string, number>();
    for (const row of rows) {
      if (reservedShard(row.id) === undefined) {
        // The manifest's own form: a deletion is a negative version.
        versions.set(row.id, row.deleted ? -row.version : row.version);
        continue;
      }
      const sealed = row.ciphertext ?? new Uint8Array();
      for (const [id, version] of await opener.ports.sealer.openShard(row.id, row.version, sealed)) {
        manifest.set(id, version);
      }
    }
    return { manifest, versions };
  }

  const quiet = (result: SyncResult) => expect(result.refused).toEqual([]);

  it('converges with a correct manifest when two devices push at the same time', async () => {
    const { ownerId, device } = await account();
    const first = device();
    let firstDone: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (firstDone = resolve));
    const shardPushes: number[] = [];
    // The second device has pulled and holds its push until the first has pushed records and shards:
    // its shard push then meets the first's and must merge and push again.
    const second = device(async (request) => {
      await held;
      for (const change of request.changes) {
        if (reservedShard(change.id) !== undefined) shardPushes.push(change.baseVersion);
      }
    });
    // Ids that share one shard, so the two devices' shard pushes meet.
    const a = entry('from the first');
    const b = { ...entry('from the second'), id: `${newId().slice(0, -2)}${a.id.slice(-2)}` };
    expect(shardOf(b.id)).toBe(shardOf(a.id));
    await saveObject(first.ports, a);
    await saveObject(second.ports, b);
    const secondSync = syncVault(second.ports);
    quiet(await syncVault(first.ports));
    firstDone();
    quiet(await secondSync);
    expect(shardPushes).toEqual([0, 1]);
    quiet(await syncVault(first.ports));
    const { manifest, versions } = await serverManifest(ownerId, first);
    expect(manifest).toEqual(versions);
    expect(manifest.get(a.id)).toBe(1);
    expect(manifest.get(b.id)).toBe(1);
    // A fresh device reads it all and finds nothing behind.
    const fresh = device();
    quiet(await syncVault(fresh.ports));
    expect(fresh.view.get(a.id)).toEqual(a);
    expect(fresh.view.get(b.id)).toEqual(b);
  });

  it('reports an older version served to a fresh device, which keeps what it was sent', async () => {
    const { ownerId, device } = await account();
    const first = device();
    const original = entry('first words');
    await saveObject(first.ports, original);
    quiet(await syncVault(first.ports));
    const edited = { ...original, fields: { ...original.fields, body: 'later words' } };
    await saveObject(first.ports, edited);
    quiet(await syncVault(first.ports));
    // The server puts version 1 back, genuinely sealed by the owner, as if the edit never came.
    const bytes = await first.ports.sealer.seal(original.id, 1, original);
    await injectRecord(server, ownerId, { id: original.id, version: 1, ciphertext: bytes, deleted: false });

    const fresh = device();
    const result = await syncVault(fresh.ports);
    expect(result.refused).toEqual([{ id: original.id, reason: 'served-older' }]);
    expect(fresh.view.get(original.id)).toEqual(original);
    // Checked again at the next sync, and the device that holds the edit is not fooled either.
    expect((await syncVault(fresh.ports)).refused).toEqual([{ id: original.id, reason: 'served-older' }]);
    expect((await syncVault(first.ports)).refused).toEqual([{ id: original.id, reason: 'rollback' }]);
  });

  it('reports a record the server withholds from a fresh device', async () => {
    const { ownerId, device } = await account();
    const first = device();
    const kept = entry('kept');
    const hidden = entry('hidden');
    await saveObject(first.ports, kept);
    await saveObject(first.ports, hidden);
    quiet(await syncVault(first.ports));
    await server.ctx.database.db
      .deleteFrom('records')
      .where('owner_id', '=', ownerId)
      .where('id', '=', hidden.id)
      .execute();

    const fresh = device();
    expect((await syncVault(fresh.ports)).refused).toEqual([{ id: hidden.id, reason: 'withheld' }]);
    expect(fresh.view.get(kept.id)).toEqual(kept);
  });

  it('reports a record hidden behind an invented deletion, and not a deletion made before sealing', async () => {
    const { ownerId, device, cookie } = await account();
    const first = device();
    // An app from before sealed tombstones wrote a record and deleted it with no tombstone.
    const old = entry('deleted long ago');
    const sealed = toBase64Url(await first.ports.sealer.seal(old.id, 1, old));
    for (const change of [
      { id: old.id, baseVersion: 0, ciphertext: sealed },
      { id: old.id, baseVersion: 1, deleted: true },
    ]) {
      const response = await server.call('POST', '/api/v1/sync/push', {
        cookie,
        body: { changes: [change] },
      });
      expect(response.status).toBe(200);
    }
    const kept = entry('kept');
    await saveObject(first.ports, kept);
    quiet(await syncVault(first.ports));
    // The server replaces the record with a deletion of its own, which has no tombstone.
    await injectRecord(server, ownerId, { id: kept.id, version: 2, ciphertext: null, deleted: true });

    const fresh = device();
    expect((await syncVault(fresh.ports)).refused).toEqual([{ id: kept.id, reason: 'withheld' }]);
  });

  it('raises no alarm when a device stopped between pushing records and pushing the manifest', async () => {
    const { ownerId, device } = await account();
    let cut = true;
    // The device goes away as its manifest push leaves: the records were acknowledged, the shards not.
    const first = device((request) => {
      if (cut && request.changes.some((c) => reservedShard(c.id) !== undefined)) throw new TypeError('gone');
    });
    const written = [entry('one'), entry('two')];
    for (const object of written) await saveObject(first.ports, object);
    await expect(syncVault(first.ports)).rejects.toThrow('gone');
    const lagging = await serverManifest(ownerId, first);
    expect(lagging.manifest.size).toBe(0);

    const fresh = device();
    quiet(await syncVault(fresh.ports));
    cut = false;
    quiet(await syncVault(first.ports));
    const { manifest, versions } = await serverManifest(ownerId, first);
    expect(manifest).toEqual(versions);
    quiet(await syncVault(fresh.ports));
  });

  it('builds the manifest of a vault that had none at its first sync, and notices it gone later', async () => {
    const { ownerId, device } = await account();
    const old = device();
    const written = [entry('before the manifest'), entry('also before')];
    for (const object of written) await saveObject(old.ports, object);
    quiet(await syncVault(old.ports));
    // As if synced by a version of the app without a manifest: no shards on the server or the device.
    await server.ctx.database.db
      .deleteFrom('records')
      .where('owner_id', '=', ownerId)
      .where('id', 'in', [...Array(256).keys()].map(shardRecordId))
      .execute();
    await old.ports.store.commit(
      [],
      undefined,
      old.ports.store.snapshot().shards.map((s) => ({
        shard: s.shard,
        version: 0,
        versions: new Map(),
        dirty: false,
      })),
    );

    // The same device, updated: its first sync, even a quick one, builds the shards from its records.
    const updated = old;
    quiet(await syncVault(updated.ports, { full: false }));
    const { manifest, versions } = await serverManifest(ownerId, updated);
    expect(manifest).toEqual(versions);
    expect(manifest.size).toBe(2);

    // A device that has seen the manifest and reads from the start again is owed it.
    await server.ctx.database.db
      .deleteFrom('records')
      .where('owner_id', '=', ownerId)
      .where('id', 'in', [...Array(256).keys()].map(shardRecordId))
      .execute();
    await updated.ports.store.commit([], 0);
    const refused = (await syncVault(updated.ports)).refused;
    expect(refused).toEqual([{ id: shardRecordId(0), reason: 'manifest-missing' }]);
  });
});

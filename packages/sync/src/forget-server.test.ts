import { describe, expect, it } from 'vitest';
import { forgetServer } from './forget-server.ts';
import { reservedShard } from './manifest.ts';
import { deleteObject, saveObject } from './save-objects.ts';
import { syncVault } from './sync-vault.ts';
import { serverForTest } from './testing/server-world.ts';
import { edit, modelDevice, newVaultKey, note, openedRecords, ownerId } from './testing/fixtures.ts';

const vaultKey = await newVaultKey();

describe('forgetting the server after the account is deleted', () => {
  it('re-seals every live record as version 1, drops tombstones and starts the cursor over', async () => {
    const server = await serverForTest();
    const device = modelDevice(server, vaultKey);
    const kept = note({ title: 'kept' });
    const gone = note({ title: 'gone' });
    const local = note({ title: 'never synced' });
    await saveObject(device.ports, kept);
    await saveObject(device.ports, gone);
    await syncVault(device.ports);
    await saveObject(device.ports, edit(kept, { title: 'kept, edited' }, 5_000));
    await deleteObject(device.ports, gone.id);
    await syncVault(device.ports);
    await saveObject(device.ports, local);
    const before = await openedRecords(device);

    await server.dropOwner(ownerId);
    expect(device.ports.store.snapshot().shards).not.toEqual([]);
    await forgetServer(device.ports);
    const { records, outbox, cursor, shards } = device.ports.store.snapshot();
    expect(cursor).toBe(0);
    // The new account's manifest starts over with the records' new versions.
    expect(shards).toEqual([]);
    expect(records.map((r) => r.id).sort()).toEqual([kept.id, local.id].sort());
    expect(records.every((r) => r.version === 1 && !r.synced)).toBe(true);
    expect(outbox.every((e) => e.baseVersion === 0)).toBe(true);
    const after = await openedRecords(device);
    expect(after.get(kept.id)).toEqual(before.get(kept.id));

    // A new account on the same server takes everything again.
    expect((await syncVault(device.ports)).pushed).toBe(2);
    const onServer = (await server.records(ownerId)).filter((r) => reservedShard(r.id) === undefined);
    expect(onServer.map((r) => r.version)).toEqual([1, 1]);
    expect((await syncVault(device.ports)).refused).toEqual([]);
  });
});

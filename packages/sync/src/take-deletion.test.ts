import { describe, expect, it } from 'vitest';
import { sealTombstone } from '@tend/crypto';
import { pushOutbox } from './push-outbox.ts';
import { deleteObject, saveObject } from './save-objects.ts';
import { syncVault } from './sync-vault.ts';
import { serverForTest, type ServerWorld } from './testing/server-world.ts';
import { edit, modelDevice, newId, newVaultKey, note, ownerId } from './testing/fixtures.ts';

const vaultKey = await newVaultKey();

/** A writer and a reader that both hold one synced note. */
async function twoDevicesWithNote() {
  const server = await serverForTest();
  const writer = modelDevice(server, vaultKey);
  const reader = modelDevice(server, vaultKey);
  const object = note({ n: 'kept' });
  await saveObject(writer.ports, object);
  await syncVault(writer.ports);
  await syncVault(reader.ports);
  expect(reader.view.get(object.id)).toEqual(object);
  return { server, writer, reader, object };
}

/** The server says the record was deleted at the next version, with this ciphertext as its proof. */
async function inventDeletion(server: ServerWorld, id: string, ciphertext: Uint8Array | null) {
  const records = await server.records(ownerId);
  const current = records.find((r) => r.id === id);
  const seq = Math.max(...records.map((r) => r.seq)) + 1;
  await server.tamper(ownerId, { id, version: (current?.version ?? 0) + 1, seq, ciphertext, deleted: true });
}

describe('deletions from the server', () => {
  it('carry the owner’s sealed tombstone, and remove the record on the other device', async () => {
    const { server, writer, reader, object } = await twoDevicesWithNote();
    await deleteObject(writer.ports, object.id);
    await pushOutbox(writer.ports);
    const stored = (await server.records(ownerId)).find((r) => r.id === object.id);
    expect(stored).toMatchObject({ deleted: true, version: 2, ciphertext: expect.any(Uint8Array) });
    expect(await syncVault(reader.ports)).toMatchObject({ pulled: 1, refused: [] });
    expect(reader.view.has(object.id)).toBe(false);
  });

  it.each([
    ['none', async () => null],
    [
      'one sealed under another key',
      async (id: string) => sealTombstone(await newVaultKey(), { ownerId, recordId: id, version: 2 }),
    ],
    [
      'one sealed for another version',
      async (id: string) => sealTombstone(vaultKey, { ownerId, recordId: id, version: 1 }),
    ],
    [
      'one for another record',
      async () => sealTombstone(vaultKey, { ownerId, recordId: newId(), version: 2 }),
    ],
  ])(
    'are refused with %s when they would remove what the device holds, which is kept and sent back',
    async (_, proof) => {
      const { server, writer, reader, object } = await twoDevicesWithNote();
      await inventDeletion(server, object.id, await proof(object.id));
      expect((await syncVault(reader.ports)).refused).toEqual([
        { id: object.id, reason: 'unconfirmed-deletion' },
      ]);
      expect(reader.view.get(object.id)).toEqual(object);
      // The reader sent its copy back on top, so the server and the writer have it again.
      expect((await server.records(ownerId)).find((r) => r.id === object.id)).toMatchObject({
        version: 3,
        deleted: false,
      });
      expect(await syncVault(writer.ports)).toMatchObject({ refused: [] });
      expect(writer.view.get(object.id)).toEqual(object);
      expect(await syncVault(reader.ports)).toMatchObject({ refused: [] });
    },
  );

  it('are refused over a pending edit, which then goes to the server on top', async () => {
    const { server, reader, object } = await twoDevicesWithNote();
    const edited = edit(object, { n: 'edited offline' }, 5_000);
    await saveObject(reader.ports, edited);
    await inventDeletion(server, object.id, null);
    expect((await syncVault(reader.ports)).refused).toEqual([
      { id: object.id, reason: 'unconfirmed-deletion' },
    ]);
    expect(reader.view.get(object.id)).toEqual(edited);
    expect((await server.records(ownerId)).find((r) => r.id === object.id)).toMatchObject({
      version: 3,
      deleted: false,
    });
  });

  it('from before tombstones were sealed are taken quietly where the device holds nothing to remove', async () => {
    const { server, reader } = await twoDevicesWithNote();
    const unseen = newId();
    await inventDeletion(server, unseen, null);
    expect(await syncVault(reader.ports)).toMatchObject({ refused: [] });
    expect(reader.ports.store.snapshot().records.find((r) => r.id === unseen)).toMatchObject({
      deleted: true,
    });
  });

  it('with a false tombstone are reported even where the device holds nothing', async () => {
    const { server, reader } = await twoDevicesWithNote();
    const unseen = newId();
    await inventDeletion(
      server,
      unseen,
      await sealTombstone(await newVaultKey(), { ownerId, recordId: unseen, version: 1 }),
    );
    expect((await syncVault(reader.ports)).refused).toEqual([{ id: unseen, reason: 'unconfirmed-deletion' }]);
    expect(reader.ports.store.snapshot().records.find((r) => r.id === unseen)).toBeUndefined();
  });
});

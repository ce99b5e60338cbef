import { describe, expect, it } from 'vitest';
import { deleteObject, saveObject, saveObjects } from './save-objects.ts';
import { syncVault } from './sync-vault.ts';
import { serverForTest } from './testing/server-world.ts';
import {
  edit,
  modelDevice,
  newVaultKey,
  note,
  openedRecords,
  ownerId,
  testClock,
} from './testing/fixtures.ts';

const vaultKey = await newVaultKey();

async function setup() {
  const server = await serverForTest();
  const clock = testClock();
  const device = modelDevice(server, vaultKey, clock);
  return { server, clock, device, state: (id: string) => device.ports.store.read([id]).then(([s]) => s) };
}

describe('saving locally', () => {
  it('writes version 1 based on 0, with its outbox entry, and shows it', async () => {
    const { device, state } = await setup();
    const object = note({ title: 'first' });
    expect(await saveObject(device.ports, object)).toEqual(object);
    const saved = await state(object.id);
    expect(saved?.record).toMatchObject({ version: 1, deleted: false, synced: false });
    expect(saved?.outbox).toMatchObject({ baseVersion: 0 });
    expect(device.view.get(object.id)).toEqual(object);
    expect((await openedRecords(device)).get(object.id)).toEqual(object);
  });

  it('coalesces edits made before a sync, and moves to the next version after one', async () => {
    const { device, state, clock, server } = await setup();
    const object = note({ title: 'a' });
    await saveObject(device.ports, object);
    await saveObject(device.ports, edit(object, { title: 'b' }, clock.advance()));
    expect((await state(object.id))?.record?.version).toBe(1);
    await syncVault(device.ports);
    expect((await state(object.id))?.record).toMatchObject({ version: 1, synced: true });
    expect((await state(object.id))?.outbox).toBeUndefined();
    await saveObject(device.ports, edit(object, { title: 'c' }, clock.advance()));
    expect(await state(object.id)).toMatchObject({
      record: { version: 2, synced: false },
      outbox: { baseVersion: 1 },
    });
    await syncVault(device.ports);
    expect((await server.records(ownerId)).find((r) => r.id === object.id)?.version).toBe(2);
  });

  it('merges with the stored copy so a field a sync brought in is kept', async () => {
    const { device } = await setup();
    const object = note({ title: 'a', body: 'b' });
    await saveObject(device.ports, object);
    const elsewhere = edit(object, { body: 'from another device' }, 5_000);
    await saveObject(device.ports, elsewhere);
    // The screen still holds the old object and edits another field.
    const screen = edit(object, { title: 'new title' }, 6_000);
    const result = await saveObject(device.ports, screen);
    expect(result?.fields).toEqual({ title: 'new title', body: 'from another device' });
  });

  it('writes nothing when the object did not change', async () => {
    const { device, state } = await setup();
    const object = note({ title: 'a' });
    await saveObject(device.ports, object);
    const before = await state(object.id);
    await saveObject(device.ports, object);
    expect(await state(object.id)).toEqual(before);
  });

  it('tombstones a record and keeps it deleted when an edit arrives later', async () => {
    const { device, state, clock } = await setup();
    const object = note({ title: 'a' });
    await saveObject(device.ports, object);
    await syncVault(device.ports);
    await deleteObject(device.ports, object.id);
    expect(await state(object.id)).toMatchObject({
      record: { version: 2, deleted: true, ciphertext: null, synced: false },
      outbox: { baseVersion: 1 },
    });
    expect(device.view.has(object.id)).toBe(false);
    expect(await saveObject(device.ports, edit(object, { title: 'b' }, clock.advance(10)))).toBeNull();
    expect((await state(object.id))?.record?.deleted).toBe(true);
  });

  it('saves many objects in chunks and merges duplicates of one id', async () => {
    const { device } = await setup();
    const objects = Array.from({ length: 600 }, (_, i) => note({ n: String(i) }));
    const first = objects[0];
    if (!first) throw new Error('no objects');
    const twin = edit(first, { extra: 'yes' }, 9_000);
    const changes = await saveObjects(device.ports, [...objects, twin]);
    expect(changes).toHaveLength(601);
    expect(device.view.size).toBe(600);
    expect(device.view.get(first.id)?.fields).toEqual({ n: '0', extra: 'yes' });
  });

  it('plans again when another writer moves the record between reading and committing', async () => {
    const { device } = await setup();
    const object = note({ title: 'a', body: 'b' });
    await saveObject(device.ports, object);
    // Two saves race: both read the same state, one commit loses the compare-and-set and retries.
    const [one, two] = await Promise.all([
      saveObject(device.ports, edit(object, { title: 'x' }, 7_000)),
      saveObject(device.ports, edit(object, { body: 'y' }, 7_000)),
    ]);
    // Which commit lands first depends on when each seal finishes; the one that lands second lost
    // the compare-and-set, planned again on the other's record, and holds both edits.
    expect(one?.fields['title']).toBe('x');
    expect(two?.fields['body']).toBe('y');
    expect([one?.fields, two?.fields]).toContainEqual({ title: 'x', body: 'y' });
    expect(device.view.get(object.id)?.fields).toEqual({ title: 'x', body: 'y' });
  });
});

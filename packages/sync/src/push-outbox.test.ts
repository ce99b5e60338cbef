import { describe, expect, it } from 'vitest';
import type { Transport } from './ports.ts';
import { pushOutbox } from './push-outbox.ts';
import { deleteObject, saveObject } from './save-objects.ts';
import { serverForTest } from './testing/server-world.ts';
import {
  edit,
  modelDevice,
  newVaultKey,
  note,
  openedRecords,
  ownerId,
  testClock,
  testDevice,
} from './testing/fixtures.ts';

const vaultKey = await newVaultKey();

describe('pushing the outbox', () => {
  it('marks accepted records synced and empties the outbox', async () => {
    const server = await serverForTest();
    const device = modelDevice(server, vaultKey);
    await saveObject(device.ports, note({ title: 'a' }));
    await saveObject(device.ports, note({ title: 'b' }));
    expect(await pushOutbox(device.ports)).toEqual({ pushed: 2, conflicts: 0, refused: [] });
    const { records, outbox } = device.ports.store.snapshot();
    expect(outbox).toEqual([]);
    expect(records.every((r) => r.synced && r.version === 1)).toBe(true);
    expect(await server.records(ownerId)).toHaveLength(2);
  });

  it('splits the outbox into batches the server takes', async () => {
    const server = await serverForTest();
    const sizes: number[] = [];
    const inner = server.transport(ownerId);
    const transport: Transport = {
      push: (request) => {
        sizes.push(request.changes.length);
        return inner.push(request);
      },
      pull: inner.pull,
    };
    const device = testDevice({ vaultKey, transport });
    for (let i = 0; i < 450; i += 1) await saveObject(device.ports, note({ n: String(i) }));
    expect((await pushOutbox(device.ports)).pushed).toBe(450);
    expect(sizes).toEqual([200, 200, 50]);
  });

  it('sends deletions before writes, so an account the server has no room for can make some', async () => {
    const server = await serverForTest();
    const inner = server.transport(ownerId);
    const sent: string[] = [];
    const transport: Transport = {
      push: (request) => {
        sent.push(...request.changes.map((change) => ('deleted' in change ? 'deleted' : 'written')));
        return inner.push(request);
      },
      pull: inner.pull,
    };
    const device = testDevice({ vaultKey, transport });
    const old = note({ title: 'old' });
    await saveObject(device.ports, old);
    await pushOutbox(device.ports);
    sent.length = 0;
    await saveObject(device.ports, note({ title: 'new' }));
    await deleteObject(device.ports, old.id);
    await pushOutbox(device.ports);
    expect(sent).toEqual(['deleted', 'written']);
  });

  it('keeps an entry queued when the record was saved again while its push was in flight', async () => {
    const server = await serverForTest();
    const clock = testClock();
    const inner = server.transport(ownerId);
    const object = note({ title: 'a' });
    let saveDuringPush: (() => Promise<unknown>) | null = null;
    const transport: Transport = {
      push: async (request) => {
        const response = await inner.push(request);
        await saveDuringPush?.();
        saveDuringPush = null;
        return response;
      },
      pull: inner.pull,
    };
    const device = testDevice({ vaultKey, transport, clock });
    await saveObject(device.ports, object);
    saveDuringPush = () =>
      saveObject(device.ports, edit(object, { title: 'typed meanwhile' }, clock.advance()));
    await pushOutbox(device.ports);
    // The first push answered conflict for the newer copy and merged it: the newer text reached the server.
    expect(device.ports.store.snapshot().outbox).toEqual([]);
    const [stored] = await server.records(ownerId);
    expect(stored?.version).toBe(2);
    expect((await openedRecords(device)).get(object.id)?.fields['title']).toBe('typed meanwhile');
  });

  it('merges a conflict field by field and pushes the merged record', async () => {
    const server = await serverForTest();
    const a = modelDevice(server, vaultKey);
    const b = modelDevice(server, vaultKey);
    const object = note({ title: 'shared', body: 'shared' });
    await saveObject(a.ports, object);
    await pushOutbox(a.ports);
    await saveObject(b.ports, object);
    await pushOutbox(b.ports); // b never pulled: its copy is based on nothing, so it conflicts and merges.
    await saveObject(a.ports, edit(object, { title: 'from a' }, 5_000));
    await pushOutbox(a.ports);
    const bRecord = b.ports.store.snapshot().records[0];
    expect(bRecord).toMatchObject({ version: 1, synced: true });
    await saveObject(b.ports, edit(object, { body: 'from b' }, 6_000));
    const outcome = await pushOutbox(b.ports);
    expect(outcome).toMatchObject({ pushed: 1, conflicts: 1, refused: [] });
    expect(b.view.get(object.id)?.fields).toEqual({ title: 'from a', body: 'from b' });
    expect((await server.records(ownerId))[0]?.version).toBe(3);
  });

  it('lets a deletion win over an edit, whichever side made it', async () => {
    const server = await serverForTest();
    const a = modelDevice(server, vaultKey);
    const b = modelDevice(server, vaultKey);
    const first = note({ title: 'one' });
    const second = note({ title: 'two' });
    for (const object of [first, second]) {
      await saveObject(a.ports, object);
      await saveObject(b.ports, object);
    }
    await pushOutbox(a.ports);
    await pushOutbox(b.ports);
    await deleteObject(a.ports, first.id);
    await saveObject(a.ports, edit(second, { title: 'edited on a' }, 9_000));
    await saveObject(b.ports, edit(first, { title: 'edited on b' }, 9_000));
    await deleteObject(b.ports, second.id);
    await pushOutbox(a.ports);
    await pushOutbox(b.ports);
    expect((await server.records(ownerId)).every((r) => r.deleted)).toBe(true);
    expect(b.view.size).toBe(0);
  });

  it('treats a retry after a lost answer as the same write', async () => {
    const server = await serverForTest();
    const inner = server.transport(ownerId);
    let dropNext = true;
    const transport: Transport = {
      push: async (request) => {
        const response = await inner.push(request);
        if (dropNext) {
          dropNext = false;
          throw new TypeError('network went away');
        }
        return response;
      },
      pull: inner.pull,
    };
    const device = testDevice({ vaultKey, transport });
    await saveObject(device.ports, note({ title: 'a' }));
    await expect(pushOutbox(device.ports)).rejects.toThrow('network');
    expect(await pushOutbox(device.ports)).toMatchObject({ pushed: 1, conflicts: 0 });
    // Written once: one record at version 1, and the owner's sequence moved only once.
    expect(await server.records(ownerId)).toEqual([expect.objectContaining({ version: 1, seq: 1 })]);
  });

  it('refuses to mark synced what the server acknowledged at another version', async () => {
    const device = testDevice({
      vaultKey,
      transport: {
        push: async (request) => ({
          results: request.changes.map((c) => ({
            id: c.id,
            status: 'accepted' as const,
            version: 7,
            seq: 1,
          })),
        }),
        pull: async (after) => ({ records: [], cursor: after, hasMore: false }),
      },
    });
    await saveObject(device.ports, note({ title: 'a' }));
    await expect(pushOutbox(device.ports)).rejects.toThrow('version');
    expect(device.ports.store.snapshot().outbox).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import type { AppliedChange, SealedRecord, Transport } from './ports.ts';
import { pullChanges } from './pull-changes.ts';
import { pushOutbox } from './push-outbox.ts';
import { deleteObject, saveObject } from './save-objects.ts';
import { syncVault } from './sync-vault.ts';
import { serverForTest, type ServerWorld } from './testing/server-world.ts';
import { edit, modelDevice, newId, newVaultKey, note, ownerId, testDevice } from './testing/fixtures.ts';

const vaultKey = await newVaultKey();

/** A device whose pulls come in pages of `pageSize`, counting the requests. */
function pagedDevice(server: ServerWorld, pageSize: number) {
  const inner = server.transport(ownerId);
  const asked: number[] = [];
  const transport: Transport = {
    push: inner.push,
    pull: (after) => {
      asked.push(after);
      return inner.pull(after, pageSize);
    },
  };
  return { device: testDevice({ vaultKey, transport }), asked };
}

async function serverWith(count: number) {
  const server = await serverForTest();
  const writer = modelDevice(server, vaultKey);
  const objects = Array.from({ length: count }, (_, i) => note({ n: String(i) }));
  for (const object of objects) await saveObject(writer.ports, object);
  await pushOutbox(writer.ports);
  return { server, writer, objects };
}

async function recordOf(server: ServerWorld, id: string): Promise<SealedRecord> {
  const found = (await server.records(ownerId)).find((r) => r.id === id);
  if (!found) throw new Error('no such record');
  return found;
}

describe('pulling changes', () => {
  it('pages from the stored cursor until the server has no more, and opens every record', async () => {
    const { server, objects } = await serverWith(5);
    const { device, asked } = pagedDevice(server, 2);
    expect(await pullChanges(device.ports)).toMatchObject({ pulled: 5, conflicts: 0, refused: [] });
    expect(asked).toEqual([0, 2, 4]);
    expect(device.ports.store.snapshot().cursor).toBe(5);
    expect([...device.view.values()].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...objects].sort((a, b) => a.id.localeCompare(b.id)),
    );
    await pullChanges(device.ports);
    expect(asked.at(-1)).toBe(5);
  });

  it('asks for the next page while one is written, and asks again after a page that was not kept', async () => {
    const { server, objects } = await serverWith(5);
    const { device, asked } = pagedDevice(server, 2);
    const store = device.ports.store;
    const events: string[] = [];
    let failNext = true;
    const ports = {
      ...device.ports,
      transport: {
        ...device.ports.transport,
        pull: (after: number, limit: number) => {
          events.push(`ask ${after}`);
          return device.ports.transport.pull(after, limit);
        },
      },
      store: {
        ...store,
        commit: async (...args: Parameters<typeof store.commit>) => {
          events.push(`write ${args[1]}`);
          // The disk fails while the second page is written: nothing of it is kept.
          if (args[1] === 4 && failNext) {
            failNext = false;
            throw new Error('disk full');
          }
          return store.commit(...args);
        },
      },
    };
    await expect(pullChanges(ports)).rejects.toThrow('disk full');
    expect(events).toEqual(['ask 0', 'ask 2', 'write 2', 'ask 4', 'write 4']);
    expect(store.snapshot().cursor).toBe(2);
    events.length = 0;
    expect(await pullChanges(ports)).toMatchObject({ pulled: 3, refused: [] });
    expect(events).toEqual(['ask 2', 'ask 4', 'write 4', 'write 5']);
    expect(asked).toEqual([0, 2, 4, 2, 4]);
    expect(device.view.size).toBe(objects.length);
  });

  it('goes on where an interrupted pull stopped: nothing kept is asked for again, nothing lost or taken twice', async () => {
    // No manifest on the server: whatever the reader's holds after, it noted itself.
    const { server, objects } = await serverWith(7);
    const { device, asked } = pagedDevice(server, 2);
    const applied = new Map<string, number>();
    let dropAt: number | undefined = 4;
    const ports = {
      ...device.ports,
      transport: {
        ...device.ports.transport,
        pull: (after: number, limit: number) => {
          // The network goes away while the third page is on its way; the first two are kept.
          if (after === dropAt) return Promise.reject(new TypeError('Failed to fetch'));
          return device.ports.transport.pull(after, limit);
        },
      },
      onApplied: (changes: readonly AppliedChange[]) => {
        for (const { id } of changes) applied.set(id, (applied.get(id) ?? 0) + 1);
        device.ports.onApplied?.(changes);
      },
    };
    await expect(syncVault(ports)).rejects.toThrow('Failed to fetch');
    expect(device.ports.store.snapshot().cursor).toBe(4);
    expect(applied.size).toBe(4);
    // A device with no manifest writes its shards once, with the pull's last page: none yet.
    expect(device.ports.store.snapshot().shards).toEqual([]);

    // The next sync (the page reloaded, or the network back) asks from the last page kept.
    dropAt = undefined;
    asked.length = 0;
    const result = await syncVault(ports);
    expect(asked[0]).toBe(4);
    expect(result).toMatchObject({ pulled: objects.length - 4, conflicts: 0, refused: [] });
    expect([...applied.values()].every((times) => times === 1)).toBe(true);
    expect(
      device.ports.store
        .snapshot()
        .records.map((r) => r.id)
        .sort(),
    ).toEqual(objects.map((o) => o.id).sort());
    expect(device.view.size).toBe(objects.length);
    // Every record kept, before the pull stopped and after, is noted in the stored manifest.
    const noted = new Map(device.ports.store.snapshot().shards.flatMap((s) => [...s.versions]));
    expect(objects.map((o) => noted.get(o.id))).toEqual(objects.map(() => 1));
  });

  it('opens the next page while this one is written, and opens each record once', async () => {
    const { server, objects } = await serverWith(5);
    const { device } = pagedDevice(server, 2);
    const { sealer, store } = device.ports;
    const opened: string[] = [];
    let openedWhileWriting = -1;
    const ports = {
      ...device.ports,
      sealer: {
        ...sealer,
        open: (id: string, version: number, ciphertext: Uint8Array) => {
          opened.push(id);
          return sealer.open(id, version, ciphertext);
        },
      },
      store: {
        ...store,
        commit: async (...args: Parameters<typeof store.commit>) => {
          if (args[1] === 2) {
            // The first page is being written: give the second, already asked for, its turns to arrive.
            for (let turn = 0; turn < 50 && opened.length < 4; turn += 1)
              await new Promise((done) => setTimeout(done, 0));
            openedWhileWriting = opened.length;
          }
          return store.commit(...args);
        },
      },
    };
    expect(await pullChanges(ports)).toMatchObject({ pulled: 5, refused: [] });
    expect(openedWhileWriting).toBe(4);
    expect(opened.sort()).toEqual(objects.map((o) => o.id).sort());
    expect(device.view.size).toBe(objects.length);
  });

  it('takes tombstones and newer versions', async () => {
    const { server, writer, objects } = await serverWith(2);
    const reader = modelDevice(server, vaultKey);
    await pullChanges(reader.ports);
    const [first, second] = objects;
    if (!first || !second) throw new Error('missing');
    await deleteObject(writer.ports, first.id);
    await saveObject(writer.ports, edit(second, { n: 'changed' }, 9_000));
    await pushOutbox(writer.ports);
    expect((await pullChanges(reader.ports)).pulled).toBe(2);
    expect(reader.view.has(first.id)).toBe(false);
    expect(reader.view.get(second.id)?.fields['n']).toBe('changed');
    expect(reader.ports.store.snapshot().records.find((r) => r.id === first.id)).toMatchObject({
      deleted: true,
      synced: true,
      version: 2,
    });
  });

  it('merges a pulled change into a pending local one and queues the result on top', async () => {
    const { server, writer, objects } = await serverWith(1);
    const reader = modelDevice(server, vaultKey);
    await pullChanges(reader.ports);
    const [object] = objects;
    if (!object) throw new Error('missing');
    await saveObject(writer.ports, edit(object, { a: 'from writer' }, 5_000));
    await pushOutbox(writer.ports);
    await saveObject(reader.ports, edit(object, { b: 'from reader' }, 6_000));
    expect(await pullChanges(reader.ports)).toMatchObject({ conflicts: 1, refused: [] });
    expect(reader.ports.store.snapshot().outbox).toEqual([expect.objectContaining({ baseVersion: 2 })]);
    expect(reader.view.get(object.id)?.fields).toEqual({ n: '0', a: 'from writer', b: 'from reader' });
    await pushOutbox(reader.ports);
    await syncVault(writer.ports);
    expect(writer.view.get(object.id)?.fields).toEqual({ n: '0', a: 'from writer', b: 'from reader' });
  });
});

describe('refusing what the server should not send', () => {
  async function pulledReader() {
    const { server, writer, objects } = await serverWith(3);
    const reader = modelDevice(server, vaultKey);
    await pullChanges(reader.ports);
    const [a, b, c] = objects;
    if (!a || !b || !c) throw new Error('missing');
    return { server, writer, reader, a, b, c };
  }

  it('refuses an altered ciphertext and keeps the good copy', async () => {
    const { server, reader, a } = await pulledReader();
    const current = await recordOf(server, a.id);
    const bytes = (current.ciphertext ?? new Uint8Array(0)).slice();
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    await server.tamper(ownerId, { ...current, version: 2, seq: 10, ciphertext: bytes });
    expect((await pullChanges(reader.ports)).refused).toEqual([{ id: a.id, reason: 'unreadable' }]);
    expect(reader.view.get(a.id)).toEqual(a);
    expect(reader.ports.store.snapshot().records.find((r) => r.id === a.id)?.version).toBe(1);
  });

  it('refuses a record swapped in from another id, and one sealed for another owner', async () => {
    const { server, reader, a, b } = await pulledReader();
    const theirs = await recordOf(server, b.id);
    await server.tamper(ownerId, {
      ...(await recordOf(server, a.id)),
      version: 2,
      seq: 10,
      ciphertext: theirs.ciphertext,
    });
    const stranger = testDevice({ vaultKey, transport: server.transport(ownerId), owner: newId() });
    const foreign = { ...a, fields: { n: 'planted' } };
    const planted = await stranger.ports.sealer.seal(b.id, 2, { ...foreign, id: b.id });
    await server.tamper(ownerId, { ...theirs, version: 2, seq: 11, ciphertext: planted });
    const { refused } = await pullChanges(reader.ports);
    expect(refused).toEqual([
      { id: a.id, reason: 'unreadable' },
      { id: b.id, reason: 'unreadable' },
    ]);
    expect(reader.view.get(a.id)).toEqual(a);
    expect(reader.view.get(b.id)).toEqual(b);
  });

  it('refuses a rolled-back record: an older version, or an old ciphertext relabelled as newer', async () => {
    const { server, writer, reader, a, b } = await pulledReader();
    const oldA = await recordOf(server, a.id);
    const oldB = await recordOf(server, b.id);
    await saveObject(writer.ports, edit(a, { n: 'a2' }, 5_000));
    await saveObject(writer.ports, edit(b, { n: 'b2' }, 5_000));
    await pushOutbox(writer.ports);
    await pullChanges(reader.ports);
    await server.tamper(ownerId, { ...oldA, seq: 20 });
    await server.tamper(ownerId, { ...oldB, version: 3, seq: 21 });
    const { refused } = await pullChanges(reader.ports);
    expect(refused).toEqual([
      { id: a.id, reason: 'rollback' },
      { id: b.id, reason: 'unreadable' },
    ]);
    expect(reader.view.get(a.id)?.fields['n']).toBe('a2');
    expect(reader.view.get(b.id)?.fields['n']).toBe('b2');
  });

  it('refuses a different copy presented under the version this device already holds', async () => {
    const { server, reader, a } = await pulledReader();
    const current = await recordOf(server, a.id);
    const resealed = await reader.ports.sealer.seal(a.id, 1, { ...a, fields: { n: 'rewritten' } });
    await server.tamper(ownerId, { ...current, seq: 30, ciphertext: resealed });
    expect((await pullChanges(reader.ports)).refused).toEqual([{ id: a.id, reason: 'replaced' }]);
    expect(reader.view.get(a.id)).toEqual(a);
  });

  it('refuses a pending record rolled back below the version its change is based on', async () => {
    const { server, writer, reader, a } = await pulledReader();
    await saveObject(writer.ports, edit(a, { n: 'a2' }, 5_000));
    await pushOutbox(writer.ports);
    await pullChanges(reader.ports);
    const v2 = await recordOf(server, a.id);
    await saveObject(reader.ports, edit(a, { other: 'pending' }, 6_000));
    const v1 = await reader.ports.sealer.seal(a.id, 1, a);
    await server.tamper(ownerId, { ...v2, version: 1, seq: 40, ciphertext: v1 });
    expect((await pullChanges(reader.ports)).refused).toEqual([{ id: a.id, reason: 'rollback' }]);
    expect(reader.ports.store.snapshot().outbox).toEqual([expect.objectContaining({ baseVersion: 2 })]);
  });

  it('refuses pages that do not add up', async () => {
    const bad = (records: SealedRecord[], cursor: number, hasMore = false): Transport => ({
      push: async () => ({ results: [] }),
      pull: async () => ({ records, cursor, hasMore }),
    });
    const record: SealedRecord = { id: newId(), version: 1, seq: 3, ciphertext: null, deleted: true };
    const cases = [bad([record], 2), bad([], 0, true)];
    for (const transport of cases) {
      const device = testDevice({ vaultKey, transport });
      await expect(pullChanges(device.ports)).rejects.toThrow();
      expect(device.ports.store.snapshot().records).toEqual([]);
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUuid } from '@tend/core';
import {
  addsTo,
  emptyShard,
  mergeVersions,
  noteVersions,
  reservedShard,
  shardOf,
  shardRecordId,
  type Manifest,
} from './manifest.ts';
import { saveObject } from './save-objects.ts';
import { syncVault } from './sync-vault.ts';
import { serverForTest } from './testing/server-world.ts';
import { modelDevice, newId, newVaultKey, note, ownerId } from './testing/fixtures.ts';

const versionsArb = fc
  .array(
    fc.tuple(
      fc.constantFrom(...Array.from({ length: 6 }, newId)),
      fc.integer({ min: 1, max: 9 }).chain((v) => fc.constantFrom(v, -v)),
    ),
  )
  .map((pairs) => mergeVersions(new Map(), new Map(pairs)));

describe('the vault manifest, pure', () => {
  it('gives every shard a reserved id of its own that no device-made id can be', () => {
    const ids = Array.from({ length: 256 }, (_, n) => shardRecordId(n));
    expect(new Set(ids).size).toBe(256);
    ids.forEach((id, n) => {
      expect(isUuid(id)).toBe(true);
      expect(reservedShard(id)).toBe(n);
    });
    expect(Array.from({ length: 200 }, newId).every((id) => reservedShard(id) === undefined)).toBe(true);
    expect(shardOf('0189e1a3-ac96-774b-bcce-b302099a80ff')).toBe(255);
  });

  it('merges to the larger version per record: commutative, associative and idempotent', () => {
    const same = (a: Map<string, number>, b: Map<string, number>) =>
      expect([...a].sort()).toEqual([...b].sort());
    fc.assert(
      fc.property(versionsArb, versionsArb, versionsArb, (a, b, c) => {
        same(mergeVersions(a, b), mergeVersions(b, a));
        same(mergeVersions(mergeVersions(a, b), c), mergeVersions(a, mergeVersions(b, c)));
        same(mergeVersions(a, a), a);
        expect(addsTo(mergeVersions(a, b), a)).toBe(addsTo(b, a));
      }),
    );
  });

  it('notes only versions larger than it holds, never a reserved id, and marks the shard to push', () => {
    const id = newId();
    const shard = shardOf(id);
    const manifest: Manifest = new Map([[shard, { ...emptyShard(shard), versions: new Map([[id, 3]]) }]]);
    expect(noteVersions(manifest, [{ id, version: 2, deleted: false }]).size).toBe(0);
    expect(noteVersions(manifest, [{ id: shardRecordId(shard), version: 9, deleted: false }]).size).toBe(0);
    const noted = noteVersions(manifest, [{ id, version: 4, deleted: false }]).get(shard);
    expect(noted).toMatchObject({ dirty: true, version: 0 });
    expect(noted?.versions.get(id)).toBe(4);
    // A deletion is noted as a negative version, and only past what the manifest holds.
    expect(noteVersions(manifest, [{ id, version: 3, deleted: true }]).size).toBe(0);
    expect(
      noteVersions(manifest, [{ id, version: 5, deleted: true }])
        .get(shard)
        ?.versions.get(id),
    ).toBe(-5);
    // The manifest it started from is left as it was, until the commit.
    expect(manifest.get(shard)?.versions.get(id)).toBe(3);
  });
});

describe('manifest shards from the server', () => {
  it('refuses a shard sealed under another key, one holding another shard’s record, and an older one', async () => {
    const server = await serverForTest();
    const vaultKey = await newVaultKey();
    const writer = modelDevice(server, vaultKey);
    const object = note({ title: 'kept' });
    await saveObject(writer.ports, object);
    expect((await syncVault(writer.ports)).refused).toEqual([]);
    const id = shardRecordId(shardOf(object.id));
    const current = (await server.records(ownerId)).find((r) => r.id === id);
    if (!current) throw new Error('expected the shard on the server');

    const stranger = modelDevice(await serverForTest(), await newVaultKey());
    const elsewhere = `${newId().slice(0, -2)}${((shardOf(object.id) + 1) % 256).toString(16).padStart(2, '0')}`;
    const forged = [
      await stranger.ports.sealer.sealShard(id, 2, new Map([[object.id, 1]])),
      await writer.ports.sealer.sealShard(id, 2, new Map([[elsewhere, 1]])),
    ];
    for (const [n, ciphertext] of forged.entries()) {
      await server.tamper(ownerId, { ...current, version: 2, seq: 100 + n, ciphertext });
      const fresh = modelDevice(server, vaultKey);
      expect((await syncVault(fresh.ports)).refused).toEqual([{ id, reason: 'unreadable' }]);
      expect(fresh.view.get(object.id)).toEqual(object);
    }
    // The server puts back the writer's own shard at version 1, after the writer saw version 2.
    const twin = { ...note({ title: 'same shard' }), id: `${newId().slice(0, -2)}${object.id.slice(-2)}` };
    await server.tamper(ownerId, { ...current, version: 1, seq: 300 });
    await saveObject(writer.ports, twin);
    expect((await syncVault(writer.ports)).refused).toEqual([]);
    expect((await server.records(ownerId)).find((r) => r.id === id)?.version).toBe(2);
    await server.tamper(ownerId, { ...current, version: 1, seq: 400 });
    expect((await syncVault(writer.ports)).refused).toEqual([{ id, reason: 'rollback' }]);
  });
});

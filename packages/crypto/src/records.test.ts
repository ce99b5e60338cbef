import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeUuidV7, newVaultObject, toBase64Url, utf8, type VaultObject } from '@tend/core';
import { gcmSeal, labels } from './primitives.ts';
import {
  createVaultKeys,
  openObject,
  recordOpener,
  RecordRefusedError,
  sealObject,
  testKdfCost,
} from './index.ts';

const id = (n: number) => makeUuidV7(1_700_000_000_000 + n, new Uint8Array(10).fill(n % 256));
const owner = id(1);
const vault = await createVaultKeys('a long quiet passphrase', testKdfCost);
const entry = (n: number, body: string): VaultObject =>
  newVaultObject(id(n), 'journal-entry', { body, title: `entry ${n}` }, n);

async function sealed(object: VaultObject, version = 1, ownerId = owner): Promise<Uint8Array> {
  return sealObject(vault.vaultKey, { ownerId, recordId: object.id, version }, object);
}

describe('opening many records of one owner', () => {
  it('opens what was sealed, many at once, whatever their sizes', async () => {
    // Sizes from a few bytes to many kilobytes, all opened together.
    const objects = Array.from({ length: 120 }, (_, n) => entry(n + 10, 'é'.repeat(n * 97)));
    const records = await Promise.all(objects.map(async (o, n) => ({ o, n, text: await sealed(o, n + 1) })));
    const open = recordOpener(vault.vaultKey, owner);
    const opened = await Promise.all(records.map(({ o, n, text }) => open(o.id, n + 1, text)));
    expect(opened).toEqual(objects);
  });

  it('opens exactly what openObject opens, and refuses exactly what it refuses', async () => {
    const object = entry(3, 'the same either way');
    const text = await sealed(object, 7);
    const open = recordOpener(vault.vaultKey, owner);
    expect(await open(object.id, 7, text)).toEqual(
      await openObject(vault.vaultKey, { ownerId: owner, recordId: object.id, version: 7 }, text),
    );
    for (const [recordId, version] of [
      [id(4), 7],
      [object.id, 8],
      [object.id, 0],
      [object.id, 1.5],
    ] as const) {
      await expect(open(recordId, version, text)).rejects.toBeInstanceOf(RecordRefusedError);
    }
    await expect(recordOpener(vault.vaultKey, id(9))(object.id, 7, text)).rejects.toBeInstanceOf(
      RecordRefusedError,
    );
  });

  it('binds a long version and an unusual id into the associated data', async () => {
    const object = entry(5, 'many edits');
    const open = recordOpener(vault.vaultKey, owner);
    expect(await open(object.id, 2 ** 40, await sealed(object, 2 ** 40))).toEqual(object);
    // An id far longer than any UUID, with letters outside ASCII, is refused, not mis-encoded.
    await expect(open(`${object.id}ü`.repeat(20), 1, await sealed(object))).rejects.toBeInstanceOf(
      RecordRefusedError,
    );
    expect(await open(object.id, 1, await sealed(object))).toEqual(object);
  });

  it('refuses any single altered byte, even between records that open', async () => {
    const object = entry(6, 'altered');
    const bytes = await sealed(object);
    const good = entry(7, 'untouched');
    const goodText = await sealed(good);
    const open = recordOpener(vault.vaultKey, owner);
    await fc.assert(
      fc.asyncProperty(fc.nat(bytes.length - 1), fc.integer({ min: 1, max: 255 }), async (at, flip) => {
        const altered = bytes.slice();
        altered[at] = (altered[at] ?? 0) ^ flip;
        const [refused, kept] = await Promise.allSettled([
          open(object.id, 1, altered),
          open(good.id, 1, goodText),
        ]);
        expect(refused).toMatchObject({ status: 'rejected', reason: expect.any(RecordRefusedError) });
        expect(kept).toEqual({ status: 'fulfilled', value: good });
      }),
      { numRuns: 60 },
    );
  });

  it('refuses truncated records and what is not bytes', async () => {
    const object = entry(8, 'strict');
    const bytes = await sealed(object);
    const open = recordOpener(vault.vaultKey, owner);
    for (const bad of [new Uint8Array(0), Uint8Array.of(1), bytes.slice(0, 22), bytes.slice(0, -1)]) {
      await expect(open(object.id, 1, bad)).rejects.toBeInstanceOf(RecordRefusedError);
    }
    const text = toBase64Url(bytes) as unknown as Uint8Array;
    await expect(open(object.id, 1, text)).rejects.toBeInstanceOf(RecordRefusedError);
  });

  it('opens a record that is a view into a larger buffer, as IndexedDB may hand it back', async () => {
    const object = entry(9, 'a view');
    const bytes = await sealed(object);
    const larger = new Uint8Array(bytes.length + 10);
    larger.set(bytes, 5);
    expect(
      await recordOpener(vault.vaultKey, owner)(object.id, 1, larger.subarray(5, 5 + bytes.length)),
    ).toEqual(object);
  });

  it('pads the plaintext, and still opens a record sealed before padding', async () => {
    const object = entry(11, 'short');
    const bytes = await sealed(object);
    // Format byte, nonce, padded plaintext, tag: the JSON alone is far smaller than the floor.
    expect(bytes.length).toBe(1 + 12 + 1024 + 16);
    const ad = utf8.encode(`${labels.recordAd}\u0000${owner}\u0000${object.id}\u00001`);
    const before = await gcmSeal(vault.vaultKey.key, utf8.encode(JSON.stringify(object)), ad);
    const old = Uint8Array.of(1, ...before);
    expect(await recordOpener(vault.vaultKey, owner)(object.id, 1, old)).toEqual(object);
  });
});

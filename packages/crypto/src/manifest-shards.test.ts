import { describe, expect, it } from 'vitest';
import { makeUuidV7, newVaultObject, utf8 } from '@tend/core';
import {
  createVaultKeys,
  openManifestShard,
  RecordRefusedError,
  sealManifestShard,
  sealObject,
  sealTombstone,
  testKdfCost,
} from './index.ts';
import { gcmSeal, labels } from './primitives.ts';

const id = (n: number) => makeUuidV7(1_700_000_000_000 + n, new Uint8Array(10).fill(n));
const owner = id(1);
const shardId = '00000000-0000-8000-8000-000000000007';
const { vaultKey } = await createVaultKeys('a long quiet passphrase', testKdfCost);
const ad = { ownerId: owner, recordId: shardId, version: 3 };
const versions = new Map([
  [id(2), 4],
  [id(3), 1],
  [id(4), -2],
]);

describe('sealed manifest shards', () => {
  it('open to the versions they were sealed with, padded like a record', async () => {
    const sealed = await sealManifestShard(vaultKey, ad, versions);
    expect(await openManifestShard(vaultKey, ad, sealed)).toEqual(versions);
    // Format byte, nonce, a padded plaintext of at least 1 KiB, tag.
    expect(sealed.length).toBe(1 + 12 + 1024 + 16);
  });

  it.each([
    ['another owner', { ...ad, ownerId: id(9) }],
    ['another shard', { ...ad, recordId: '00000000-0000-8000-8000-000000000008' }],
    ['another version', { ...ad, version: 2 }],
    ['no valid version', { ...ad, version: 0 }],
  ])('refuse %s', async (_, other) => {
    const sealed = await sealManifestShard(vaultKey, ad, versions);
    await expect(openManifestShard(vaultKey, other, sealed)).rejects.toBeInstanceOf(RecordRefusedError);
  });

  it('refuse another key, a record or tombstone passed off as one, and altered bytes', async () => {
    const other = await createVaultKeys('another long passphrase', testKdfCost);
    const object = newVaultObject(shardId, 'journal-entry', { body: 'b', title: 't' }, 1);
    const bytes = await sealManifestShard(vaultKey, ad, versions);
    bytes[40] = (bytes[40] ?? 0) ^ 1;
    const forged = [
      await sealManifestShard(other.vaultKey, ad, versions),
      await sealObject(vaultKey, ad, object),
      await sealTombstone(vaultKey, ad),
      bytes,
      new Uint8Array(0),
    ];
    for (const sealed of forged) {
      await expect(openManifestShard(vaultKey, ad, sealed)).rejects.toBeInstanceOf(RecordRefusedError);
    }
  });

  it.each([
    ['no versions', {}],
    ['a list', { versions: [] }],
    ['an id that is not one', { versions: { 'not-an-id': 1 } }],
    ['a version of zero', { versions: { [id(2)]: 0 } }],
    ['a version past the column', { versions: { [id(2)]: 2 ** 31 } }],
    ['a deletion past the column', { versions: { [id(2)]: -(2 ** 31) } }],
    ['a version that is not a number', { versions: { [id(2)]: '4' } }],
  ])('refuse a well-sealed shard holding %s', async (_, content) => {
    // Sealed with the right key and label, as only a buggy device could: the content is checked too.
    const adBytes = utf8.encode(`${labels.manifestShardAd}\u0000${owner}\u0000${shardId}\u00003`);
    const sealed = await gcmSeal(vaultKey.key, utf8.encode(JSON.stringify(content)), adBytes);
    await expect(openManifestShard(vaultKey, ad, Uint8Array.of(1, ...sealed))).rejects.toBeInstanceOf(
      RecordRefusedError,
    );
  });
});

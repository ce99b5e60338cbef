import { describe, expect, it } from 'vitest';
import { makeUuidV7, newVaultObject } from '@tend/core';
import {
  createVaultKeys,
  openTombstone,
  RecordRefusedError,
  sealObject,
  sealTombstone,
  testKdfCost,
} from './index.ts';

const id = (n: number) => makeUuidV7(1_700_000_000_000 + n, new Uint8Array(10).fill(n));
const owner = id(1);
const { vaultKey } = await createVaultKeys('a long quiet passphrase', testKdfCost);
const ad = { ownerId: owner, recordId: id(2), version: 4 };

describe('sealed tombstones', () => {
  it('open for the owner, record and version they were sealed for, and are 29 bytes', async () => {
    const sealed = await sealTombstone(vaultKey, ad);
    expect(sealed).toHaveLength(29);
    await expect(openTombstone(vaultKey, ad, sealed)).resolves.toBeUndefined();
  });

  it.each([
    ['another owner', { ...ad, ownerId: id(9) }],
    ['another record', { ...ad, recordId: id(3) }],
    ['another version', { ...ad, version: 5 }],
    ['no valid version', { ...ad, version: 0 }],
  ])('refuse %s', async (_, other) => {
    const sealed = await sealTombstone(vaultKey, ad);
    await expect(openTombstone(vaultKey, other, sealed)).rejects.toBeInstanceOf(RecordRefusedError);
  });

  it('refuse one sealed under another key, a record passed off as one, and altered bytes', async () => {
    const other = await createVaultKeys('another long passphrase', testKdfCost);
    const object = newVaultObject(ad.recordId, 'journal-entry', { body: 'b', title: 't' }, 1);
    const record = await sealObject(vaultKey, ad, object);
    const bytes = await sealTombstone(vaultKey, ad);
    bytes[20] = (bytes[20] ?? 0) ^ 1;
    for (const forged of [
      await sealTombstone(other.vaultKey, ad),
      record,
      bytes,
      new Uint8Array(0),
      Uint8Array.of(1),
    ]) {
      await expect(openTombstone(vaultKey, ad, forged)).rejects.toBeInstanceOf(RecordRefusedError);
    }
  });
});

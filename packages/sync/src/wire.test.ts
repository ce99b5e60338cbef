import { describe, expect, it } from 'vitest';
import { toBase64Url } from '@tend/core';
import { createCryptoSealer } from './crypto-sealer.ts';
import { newId, newVaultKey, note, ownerId } from './testing/fixtures.ts';
import { changeFromWire, changeToWire, pullFromWire, pullToWire, pushFromWire, pushToWire } from './wire.ts';

const vaultKey = await newVaultKey();
const sealer = createCryptoSealer(vaultKey, ownerId);

describe('the wire', () => {
  it('carries sealed bytes as unpadded base64url and back, unchanged', async () => {
    const object = note({ n: 'across' });
    const sealed = await sealer.seal(object.id, 1, object);
    const tombstone = await sealer.sealTombstone(object.id, 2);
    const change = changeToWire({ id: object.id, baseVersion: 0, ciphertext: sealed });
    expect(change).toEqual({ id: object.id, baseVersion: 0, ciphertext: toBase64Url(sealed) });
    expect(changeFromWire(change)).toEqual({ id: object.id, baseVersion: 0, ciphertext: sealed });
    const deletion = { id: object.id, baseVersion: 1, deleted: true as const, tombstone };
    expect(changeFromWire(changeToWire(deletion))).toEqual(deletion);
    const unsealed = { id: object.id, baseVersion: 1, deleted: true as const };
    expect(changeToWire(unsealed)).toEqual(unsealed);

    const record = { id: object.id, version: 1, seq: 4, ciphertext: sealed, deleted: false };
    const page = {
      records: [record, { ...record, ciphertext: null, deleted: true }],
      cursor: 4,
      hasMore: false,
    };
    expect(pullFromWire(pullToWire(page))).toEqual(page);
    const results = [
      { id: object.id, status: 'accepted' as const, version: 2, seq: 5 },
      { id: newId(), status: 'conflict' as const, current: record },
    ];
    expect(pushFromWire(pushToWire({ results }))).toEqual({ results });
    expect(
      await sealer.open(object.id, 1, pullFromWire(pullToWire(page)).records[0]?.ciphertext ?? sealed),
    ).toEqual(object);
  });

  it('takes only strict base64url from the server: anything else is no bytes, refused when opened', async () => {
    const object = note({ n: 'strict' });
    const text = toBase64Url(await sealer.seal(object.id, 1, object));
    for (const bad of [`${text}=`, ` ${text}`, `${text.slice(0, 9)}\n${text.slice(9)}`, `${text}A`, '***']) {
      const page = pullFromWire({
        records: [{ id: object.id, version: 1, seq: 1, ciphertext: bad, deleted: false }],
        cursor: 1,
        hasMore: false,
      });
      const bytes = page.records[0]?.ciphertext ?? null;
      expect(bytes).toEqual(new Uint8Array(0));
      await expect(sealer.open(object.id, 1, bytes ?? new Uint8Array(0))).rejects.toThrow(/format|truncated/);
    }
  });
});

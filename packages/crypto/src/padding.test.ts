import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateVault, makeUuidV7, utf8 } from '@tend/core';
import { createVaultKeys, sealObject, testKdfCost } from './index.ts';
import { padme, paddedLength, writingFloor } from './padding.ts';

interface Sized {
  readonly kind: string;
  readonly size: number;
}

/**
 * The best a size-to-kind guess can do: for each size, the kind seen most often at that size. It is
 * fitted to the very records it is scored on, so it is an upper bound on any real classifier.
 */
function bestGuessAccuracy(records: readonly Sized[]): number {
  const bySize = new Map<number, Map<string, number>>();
  for (const { kind, size } of records) {
    const kinds = bySize.get(size) ?? new Map<string, number>();
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    bySize.set(size, kinds);
  }
  const right = [...bySize.values()].reduce((sum, kinds) => sum + Math.max(...kinds.values()), 0);
  return right / records.length;
}

function majorityAccuracy(records: readonly Sized[]): number {
  return bestGuessAccuracy(records.map(({ kind }) => ({ kind, size: 0 })));
}

describe('padded lengths', () => {
  it.each([
    [0, 256],
    [1, 256],
    [256, 256],
    [257, 512],
    [1000, 1024],
    [1025, 1280],
    [5000, 5120],
    [100_000, 100_352],
  ])('pads %i bytes to %i', (length, expected) => {
    expect(paddedLength(length)).toBe(expected);
  });

  it('never shrinks, keeps the floor and whole blocks, and costs at most about 12 % past the floor', () => {
    fc.assert(
      fc.property(fc.nat(2_000_000), fc.constantFrom(256, writingFloor), (length, floor) => {
        const padded = paddedLength(length, floor);
        expect(padded).toBeGreaterThanOrEqual(Math.max(length, floor));
        expect(padded % 256).toBe(0);
        expect(padded).toBeLessThanOrEqual(Math.max(floor, length * 1.125 + 256));
        expect(padme(length)).toBeGreaterThanOrEqual(length);
      }),
    );
  });
});

describe('sizes of a ten-year vault', () => {
  it('say nothing a majority guess would not: the best size-to-kind guess is within 5 points of it', async () => {
    const { vaultKey } = await createVaultKeys('a long quiet passphrase', testKdfCost);
    const ownerId = makeUuidV7(1_700_000_000_000, new Uint8Array(10));
    const objects = generateVault();
    const padded: Sized[] = await Promise.all(
      objects.map(async (object) => {
        const sealed = await sealObject(vaultKey, { ownerId, recordId: object.id, version: 1 }, object);
        return { kind: object.kind, size: sealed.length };
      }),
    );
    // What the server saw before padding: the JSON and 29 bytes of format, nonce and tag.
    const unpadded = objects.map((o) => ({ kind: o.kind, size: utf8.encode(JSON.stringify(o)).length + 29 }));

    const majority = majorityAccuracy(padded);
    expect(new Set(padded.map((r) => r.kind)).size).toBeGreaterThanOrEqual(9);
    expect(bestGuessAccuracy(unpadded)).toBeGreaterThan(majority + 0.05);
    expect(bestGuessAccuracy(padded)).toBeLessThanOrEqual(majority + 0.05);
  }, 120_000);
});

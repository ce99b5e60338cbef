import { describe, expect, it } from 'vitest';
import { maxPushBatch } from '@tend/contract';
import { intoBatches } from './batches.ts';
import type { LocalRecord, SealedChange } from './ports.ts';
import { nextLocalVersion, pendingChange, pendingState, sameState, syncedState } from './record-state.ts';

const id = '01890a5d-ac96-774b-bcce-b302099a8057';
const sealed = (...bytes: number[]) => Uint8Array.of(...bytes);
const record = (version: number, synced: boolean): LocalRecord => ({
  id,
  version,
  ciphertext: sealed(1, 2, 3),
  deleted: false,
  synced,
});

describe('record states', () => {
  it.each([
    ['a new record', undefined, 1],
    ['an acknowledged version', record(4, true), 5],
    ['a pending version (edits coalesce)', record(4, false), 4],
  ])('versions %s', (_, current, expected) => {
    expect(nextLocalVersion(current)).toBe(expected);
  });

  it('builds the change to push only from a well-formed pending state', () => {
    expect(pendingChange(pendingState(id, 2, sealed(1, 2, 3), 1))).toEqual({
      id,
      baseVersion: 2,
      ciphertext: sealed(1, 2, 3),
    });
    expect(pendingChange(pendingState(id, 2, null, 1))).toEqual({ id, baseVersion: 2, deleted: true });
    expect(
      pendingChange(syncedState({ id, version: 3, ciphertext: sealed(1, 2, 3), deleted: false })),
    ).toBeNull();
    const skewed = { record: record(5, false), outbox: { id, baseVersion: 2, queuedAt: 1 } };
    expect(pendingChange(skewed)).toBeNull();
  });

  it('compares states by content, so a re-save or a new queue time is a change', () => {
    const a = pendingState(id, 1, sealed(1, 2, 3), 1);
    expect(sameState(a, pendingState(id, 1, sealed(1, 2, 3), 1))).toBe(true);
    expect(sameState(a, pendingState(id, 1, sealed(1, 2, 4), 1))).toBe(false);
    expect(sameState(a, pendingState(id, 1, sealed(1, 2), 1))).toBe(false);
    expect(sameState(a, pendingState(id, 1, sealed(1, 2, 3), 2))).toBe(false);
    expect(sameState(a, { record: a.record, outbox: undefined })).toBe(false);
    expect(
      sameState({ record: undefined, outbox: undefined }, { record: undefined, outbox: undefined }),
    ).toBe(true);
  });
});

describe('push batches', () => {
  // `chars` of base64url on the wire: three bytes for every four characters.
  const change = (chars: number): SealedChange => ({
    id,
    baseVersion: 0,
    ciphertext: new Uint8Array((chars * 3) / 4),
  });

  it('holds at most maxPushBatch changes', () => {
    const batches = intoBatches(Array.from({ length: maxPushBatch * 2 + 1 }, () => change(10)));
    expect(batches.map((b) => b.length)).toEqual([maxPushBatch, maxPushBatch, 1]);
  });

  it('holds at most the ciphertext budget, but never leaves a large record behind', () => {
    const batches = intoBatches([change(600), change(300), change(600), change(2_000)], 1_000);
    expect(batches.map((b) => b.length)).toEqual([2, 1, 1]);
  });
});

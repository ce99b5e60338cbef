import { describe, expect, it } from 'vitest';
import { planPush } from './plan-push.ts';
import type { StoredRecord } from './record-repository.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const held = (id: string, version: number, seq: number): StoredRecord => ({
  id,
  version,
  seq,
  ciphertext: bytes(version),
  deleted: false,
});

describe('planPush', () => {
  it('numbers accepted writes from the owner sequence and answers each change in order', () => {
    const plan = planPush(
      new Map([['a', held('a', 2, 7)]]),
      [
        { id: 'a', baseVersion: 2, ciphertext: bytes(9) },
        { id: 'b', baseVersion: 0, ciphertext: null },
        { id: 'a', baseVersion: 1, ciphertext: bytes(8) },
      ],
      10,
    );
    expect(
      plan.results.map((r) => [
        r.id,
        r.status,
        r.status === 'accepted' ? [r.version, r.seq] : r.current.version,
      ]),
    ).toEqual([
      ['a', 'accepted', [3, 11]],
      ['b', 'accepted', [1, 12]],
      ['a', 'conflict', 3],
    ]);
    expect(plan.lastSeq).toBe(12);
    expect(plan.writes.map((w) => [w.id, w.version, w.deleted])).toEqual([
      ['a', 3, false],
      ['b', 1, true],
    ]);
  });

  it('keeps only the last write of an id changed twice in one batch', () => {
    const plan = planPush(
      new Map(),
      [
        { id: 'a', baseVersion: 0, ciphertext: bytes(1) },
        { id: 'a', baseVersion: 1, ciphertext: bytes(2) },
      ],
      0,
    );
    expect(plan.writes).toEqual([{ id: 'a', version: 2, seq: 2, ciphertext: bytes(2), deleted: false }]);
    expect(plan.lastSeq).toBe(2);
  });

  it('writes nothing for a retry or a conflict', () => {
    const plan = planPush(
      new Map([['a', held('a', 2, 5)]]),
      [{ id: 'a', baseVersion: 1, ciphertext: bytes(2) }],
      5,
    );
    expect(plan).toEqual({
      results: [{ id: 'a', status: 'accepted', version: 2, seq: 5 }],
      writes: [],
      lastSeq: 5,
    });
  });
});

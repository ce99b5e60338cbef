import { describe, expect, it } from 'vitest';
import type { KnownRecord } from './decide-push.ts';
import { bodiesToRead, planPush, storageDelta } from './plan-push.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const held = (id: string, version: number, seq: number): KnownRecord => ({
  id,
  version,
  seq,
  ciphertext: bytes(version),
  size: 1,
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

  it('answers the changes before the first that needs unread bytes, and applies only those', () => {
    const plan = planPush(
      new Map([['a', { ...held('a', 4, 5), ciphertext: undefined }]]),
      [
        { id: 'b', baseVersion: 0, ciphertext: bytes(1) },
        { id: 'a', baseVersion: 1, ciphertext: bytes(2) },
        { id: 'c', baseVersion: 0, ciphertext: bytes(3) },
      ],
      5,
    );
    expect(plan.results).toEqual([{ id: 'b', status: 'accepted', version: 1, seq: 6 }]);
    expect(plan.writes.map((w) => w.id)).toEqual(['b']);
    expect(plan.lastSeq).toBe(6);
  });
});

describe('bodiesToRead', () => {
  const head = (id: string, version: number, size: number, deleted = false) => ({
    id,
    version,
    seq: 1,
    size,
    deleted,
  });
  const heads = new Map(
    [head('same', 2, 2), head('big1', 5, 600), head('big2', 5, 600), head('gone', 5, 0, true)].map((h) => [
      h.id,
      h,
    ]),
  );

  it('reads what a retry is compared with and what conflicts answer with, within the budget', () => {
    const incoming = [
      { id: 'same', baseVersion: 1, ciphertext: bytes(1, 2) },
      { id: 'big1', baseVersion: 1, ciphertext: bytes(1) },
      { id: 'big2', baseVersion: 1, ciphertext: bytes(1) },
      { id: 'gone', baseVersion: 1, ciphertext: bytes(1) },
      { id: 'new', baseVersion: 0, ciphertext: bytes(1) },
      { id: 'same', baseVersion: 2, ciphertext: null },
    ];
    expect(bodiesToRead(heads, incoming, 100)).toEqual(['same', 'big1']);
    expect(bodiesToRead(heads, incoming, 1200)).toEqual(['same', 'big1', 'big2']);
    expect(bodiesToRead(heads, [{ id: 'big1', baseVersion: 5, ciphertext: bytes(1) }], 0)).toEqual([]);
  });

  it('counts the stored bytes a plan adds and frees', () => {
    const writes = [
      { id: 'big1', version: 6, seq: 9, ciphertext: bytes(1), deleted: false },
      { id: 'new', version: 1, seq: 10, ciphertext: bytes(1, 2, 3), deleted: false },
      { id: 'same', version: 3, seq: 11, ciphertext: null, deleted: true },
    ];
    expect(storageDelta(heads, writes)).toBe(1 - 600 + 3 - 2);
  });
});

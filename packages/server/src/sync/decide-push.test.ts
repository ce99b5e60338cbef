import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decidePush, type IncomingChange, type KnownRecord } from './decide-push.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const stored = (version: number, ciphertext: Uint8Array | null): KnownRecord => ({
  id: 'r',
  version,
  seq: 9,
  ciphertext,
  size: ciphertext?.byteLength ?? 0,
  deleted: ciphertext === null,
});
const unread = (version: number, size: number): KnownRecord => ({
  ...stored(version, new Uint8Array(size)),
  ciphertext: undefined,
});
const change = (baseVersion: number, ciphertext: Uint8Array | null): IncomingChange => ({
  id: 'r',
  baseVersion,
  ciphertext,
});

describe('decidePush', () => {
  it.each([
    ['a new record', undefined, change(0, bytes(1)), { kind: 'write', version: 1 }],
    [
      'a record the server never held, sealed for version 3',
      undefined,
      change(2, bytes(1)),
      { kind: 'write', version: 3 },
    ],
    [
      'an edit of the current version',
      stored(2, bytes(1)),
      change(2, bytes(2)),
      { kind: 'write', version: 3 },
    ],
    [
      'a tombstone on the current version',
      stored(2, bytes(1)),
      change(2, null),
      { kind: 'write', version: 3 },
    ],
    ['a write on top of a tombstone', stored(2, null), change(2, bytes(3)), { kind: 'write', version: 3 }],
  ] as const)('writes %s', (_, current, incoming, expected) => {
    expect(decidePush(current, incoming)).toEqual(expected);
  });

  it.each([
    ['the same ciphertext', stored(3, bytes(1, 2)), change(2, bytes(1, 2))],
    ['the same tombstone', stored(3, null), change(2, null)],
  ] as const)('treats a retry with %s as already applied', (_, current, incoming) => {
    expect(decidePush(current, incoming)).toEqual({ kind: 'already-applied', current });
  });

  it.each([
    ['a stale base', stored(3, bytes(1)), change(1, bytes(1))],
    ['a base from the future', stored(3, bytes(1)), change(7, bytes(1))],
    ['a different ciphertext one version on', stored(3, bytes(1)), change(2, bytes(2))],
    ['a tombstone where a write was stored', stored(3, bytes(1)), change(2, null)],
    ['a write where a tombstone was stored', stored(3, null), change(2, bytes(1))],
    ['a longer ciphertext with the same start', stored(3, bytes(1)), change(2, bytes(1, 0))],
  ] as const)('reports a conflict for %s', (_, current, incoming) => {
    expect(decidePush(current, incoming)).toEqual({ kind: 'conflict', current });
  });

  it.each([
    ['a retry of the same size whose bytes were not read', unread(3, 2), change(2, bytes(1, 2))],
    ['a conflict whose bytes were not read', unread(3, 2), change(1, bytes(1))],
  ] as const)('waits on %s', (_, current, incoming) => {
    expect(decidePush(current, incoming)).toEqual({ kind: 'unread' });
  });

  it('tells a retry of another size from the stored record without reading its bytes', () => {
    expect(decidePush(unread(3, 5), change(1, bytes(1)))).toEqual({ kind: 'unread' });
    expect(
      decidePush({ ...unread(3, 5), ciphertext: bytes(1, 2, 3, 4, 5) }, change(2, bytes(1))),
    ).toMatchObject({
      kind: 'conflict',
    });
  });

  it('never writes over a version other than the base, and a write is always base + 1', () => {
    const ciphertext = fc.option(fc.uint8Array({ minLength: 1, maxLength: 4 }), { nil: null });
    fc.assert(
      fc.property(
        fc.option(fc.nat(6), { nil: undefined }),
        ciphertext,
        fc.nat(6),
        ciphertext,
        (version, held, base, sent) => {
          const current = version === undefined ? undefined : stored(version + 1, held);
          const decision = decidePush(current, change(base, sent));
          if (decision.kind === 'write') {
            expect(decision.version).toBe(base + 1);
            expect(current === undefined || current.version === base).toBe(true);
          } else if (decision.kind !== 'unread') {
            expect(decision.current).toEqual(current);
            expect(current?.version).not.toBe(base);
          }
        },
      ),
    );
  });
});

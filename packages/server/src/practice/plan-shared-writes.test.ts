import type { ShareAuthor } from '@tend/contract';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  planSharedWrites,
  sharedBodiesToRead,
  type IncomingSharedChange,
  type KnownSharedRecord,
} from './plan-shared-writes.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const held = (id: string, author: ShareAuthor, version: number, seq: number): KnownSharedRecord => ({
  id,
  author,
  version,
  seq,
  ciphertext: bytes(version, seq),
  size: 2,
  updatedAt: 100,
});
const write = (id: string, baseVersion: number, ciphertext = bytes(9)): IncomingSharedChange => ({
  id,
  baseVersion,
  ciphertext,
});
const remove = (id: string, baseVersion: number): IncomingSharedChange => ({
  id,
  baseVersion,
  ciphertext: null,
});
const heldMap = (...records: KnownSharedRecord[]) => new Map(records.map((r) => [r.id, r]));
const totalsOf = (records: Map<string, KnownSharedRecord>) => ({
  count: records.size,
  bytes: [...records.values()].reduce((sum, r) => sum + r.size, 0),
});

describe('planSharedWrites', () => {
  it('inserts new records at version 1 and edits the current version, numbering from the share seq', () => {
    const records = heldMap(held('a', 'client', 2, 4));
    const plan = planSharedWrites(
      records,
      totalsOf(records),
      [write('b', 0), write('a', 2)],
      'client',
      7,
      500,
    );
    expect(plan.results).toEqual([
      { id: 'b', status: 'accepted', version: 1, seq: 8 },
      { id: 'a', status: 'accepted', version: 3, seq: 9 },
    ]);
    expect(plan.writes.map((r) => [r.id, r.version, r.seq, r.author, r.updatedAt])).toEqual([
      ['a', 3, 9, 'client', 500],
      ['b', 1, 8, 'client', 500],
    ]);
    expect(plan.lastSeq).toBe(9);
    expect(plan.totals).toEqual({ count: 2, bytes: 2 });
  });

  it("answers not-yours for the other side's record, whatever the change", () => {
    const records = heldMap(held('a', 'practitioner', 1, 1));
    const plan = planSharedWrites(
      records,
      totalsOf(records),
      [write('a', 1), remove('a', 1)],
      'client',
      1,
      0,
    );
    expect(plan.results).toEqual([
      { id: 'a', status: 'not-yours' },
      { id: 'a', status: 'not-yours' },
    ]);
    expect(plan).toMatchObject({ writes: [], removals: [], lastSeq: 1 });
  });

  it('reports a conflict with the current record, or null when the record is gone', () => {
    const records = heldMap(held('a', 'client', 3, 3));
    const plan = planSharedWrites(
      records,
      totalsOf(records),
      [write('a', 1), remove('a', 2), write('gone', 2)],
      'client',
      3,
      0,
    );
    expect(
      plan.results.map((r) => (r.status === 'conflict' ? (r.current?.version ?? null) : r.status)),
    ).toEqual([3, 3, null]);
    expect(plan).toMatchObject({ writes: [], removals: [], lastSeq: 3 });
  });

  it('removes a record on its current version with the next seq; a missing one is a conflict with null', () => {
    const records = heldMap(held('a', 'practitioner', 2, 5), held('b', 'practitioner', 1, 6));
    const plan = planSharedWrites(
      records,
      totalsOf(records),
      [remove('a', 2), remove('a', 2), remove('never', 0)],
      'practitioner',
      6,
      0,
    );
    expect(plan.results).toEqual([
      { id: 'a', status: 'removed' },
      { id: 'a', status: 'conflict', current: null },
      { id: 'never', status: 'conflict', current: null },
    ]);
    expect(plan).toMatchObject({ writes: [], removals: ['a'], lastSeq: 7, totals: { count: 1, bytes: 2 } });
  });

  it('answers a retry of a stored write as before and writes nothing', () => {
    const records = heldMap(held('a', 'client', 2, 4));
    const same = write('a', 1, bytes(2, 4));
    const plan = planSharedWrites(records, totalsOf(records), [same], 'client', 4, 0);
    expect(plan.results).toEqual([{ id: 'a', status: 'accepted', version: 2, seq: 4 }]);
    expect(plan).toMatchObject({ writes: [], removals: [], lastSeq: 4 });
  });

  it('applies changes to one id in order: write, edit, remove, write again', () => {
    const plan = planSharedWrites(
      new Map(),
      { count: 0, bytes: 0 },
      [write('a', 0), write('a', 1), remove('a', 2), write('a', 0, bytes(1, 2, 3))],
      'client',
      0,
      0,
    );
    expect(plan.results.map((r) => r.status)).toEqual(['accepted', 'accepted', 'removed', 'accepted']);
    expect(plan.writes).toEqual([
      { id: 'a', author: 'client', version: 1, seq: 4, ciphertext: bytes(1, 2, 3), updatedAt: 0 },
    ]);
    expect(plan).toMatchObject({ removals: [], lastSeq: 4, totals: { count: 1, bytes: 3 } });
  });

  it('matches a model applying the changes one by one, and never touches the other side', () => {
    const ids = ['a', 'b', 'c'];
    const author = fc.constantFrom<ShareAuthor>('client', 'practitioner');
    const record = fc.record({ author, version: fc.integer({ min: 1, max: 3 }), size: fc.nat(3) });
    const change = fc.record({
      id: fc.constantFrom(...ids),
      baseVersion: fc.nat(3),
      size: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...ids), record),
        fc.array(change, { maxLength: 8 }),
        author,
        (start, changes, side) => {
          const records = new Map(
            Object.entries(start).map(([id, r], i) => [
              id,
              {
                id,
                author: r.author,
                version: r.version,
                seq: i + 1,
                ciphertext: new Uint8Array(r.size),
                size: r.size,
                updatedAt: 0,
              } satisfies KnownSharedRecord,
            ]),
          );
          const incoming = changes.map((c) => ({
            id: c.id,
            baseVersion: c.baseVersion,
            ciphertext: c.size === null ? null : new Uint8Array(c.size).fill(7),
          }));
          const plan = planSharedWrites(records, totalsOf(records), incoming, side, 10, 0);
          const model = new Map(records);
          let seq = 10;
          expect(plan.results).toHaveLength(incoming.length);
          plan.results.forEach((result, i) => {
            const c = incoming[i];
            if (!c) throw new Error('more results than changes');
            const before = model.get(c.id);
            expect(result.id).toBe(c.id);
            if (result.status === 'not-yours') expect(before?.author).not.toBe(side);
            else if (before) expect(before.author).toBe(side);
            if (result.status === 'conflict') {
              expect(result.current?.version).toBe(before?.version);
              const applies = before
                ? before.version === c.baseVersion
                : c.ciphertext !== null && c.baseVersion === 0;
              expect(applies).toBe(false);
            }
            if (result.status === 'accepted' && result.seq > seq) {
              expect([result.seq, result.version]).toEqual([seq + 1, c.baseVersion + 1]);
              expect(before?.version ?? 0).toBe(c.baseVersion);
              seq = result.seq;
              const ciphertext = c.ciphertext ?? new Uint8Array();
              model.set(c.id, {
                id: c.id,
                author: side,
                version: result.version,
                seq,
                ciphertext,
                size: ciphertext.byteLength,
                updatedAt: 0,
              });
            } else if (result.status === 'removed') {
              expect(before?.version).toBe(c.baseVersion);
              seq += 1;
              model.delete(c.id);
            }
          });
          expect(plan.lastSeq).toBe(seq);
          expect(plan.totals).toEqual(totalsOf(model));
          for (const written of plan.writes) {
            expect(model.get(written.id)).toEqual({ ...written, size: written.ciphertext.byteLength });
          }
          for (const id of plan.removals)
            expect([records.get(id)?.author, model.has(id)]).toEqual([side, false]);
        },
      ),
    );
  });

  it('waits at the first change whose answer needs bytes that were not read, and answers none after', () => {
    const unread = { ...held('a', 'client', 3, 3), ciphertext: undefined };
    const records = heldMap(unread, held('b', 'client', 1, 4));
    const plan = planSharedWrites(
      records,
      totalsOf(records),
      [write('b', 1), write('a', 1), write('c', 0)],
      'client',
      4,
      0,
    );
    expect(plan.results).toEqual([{ id: 'b', status: 'accepted', version: 2, seq: 5 }]);
    expect(plan.writes.map((w) => w.id)).toEqual(['b']);
  });
});

describe('sharedBodiesToRead', () => {
  const head = (id: string, version: number, size: number, author: ShareAuthor = 'client') => ({
    id,
    author,
    version,
    seq: 1,
    size,
    updatedAt: 0,
  });
  const heads = new Map(
    [
      head('same', 2, 2),
      head('big1', 5, 600),
      head('big2', 5, 600),
      head('theirs', 5, 600, 'practitioner'),
    ].map((h) => [h.id, h]),
  );

  it('reads a retry to compare and conflicts within the budget (always the first), nothing else', () => {
    const incoming = [
      write('same', 1, bytes(1, 2)),
      write('big1', 1),
      write('big2', 1),
      write('theirs', 1),
      write('new', 0),
      remove('same', 2),
    ];
    expect(sharedBodiesToRead(heads, incoming, 'client', 1000)).toEqual(['same', 'big1']);
    expect(sharedBodiesToRead(heads, incoming, 'client', 100)).toEqual(['same', 'big1']);
    expect(sharedBodiesToRead(heads, incoming, 'client', 1200)).toEqual(['same', 'big1', 'big2']);
  });
});

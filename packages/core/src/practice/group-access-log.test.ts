import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupAccessLog, viewingGapMs, type AccessEntry } from './group-access-log.ts';

const minute = 60_000;
const start = Date.UTC(2026, 2, 3, 14, 2);
const entry = (seq: number, minutes: number, itemIds: string[]): AccessEntry => ({
  seq,
  at: start + minutes * minute,
  itemIds,
});

describe('grouping the access log into viewing sessions', () => {
  it.each([
    ['nothing opened', [], []],
    ['one fetch is one session', [entry(1, 0, ['a'])], [[1]]],
    [
      'four fetches in four minutes are one session',
      [entry(1, 0, ['a', 'b']), entry(2, 1, ['a', 'b']), entry(3, 3, ['a', 'b', 'c']), entry(4, 4, ['c'])],
      [[1, 2, 3, 4]],
    ],
    ['a gap of exactly the limit stays one session', [entry(1, 0, ['a']), entry(2, 15, ['a'])], [[1, 2]]],
    ['a longer gap starts another, newest first', [entry(1, 0, ['a']), entry(2, 16, ['a'])], [[2], [1]]],
    [
      'two sittings on one day, given out of order',
      [entry(3, 120, ['a']), entry(1, 0, ['a']), entry(4, 122, ['b']), entry(2, 2, ['a'])],
      [
        [3, 4],
        [1, 2],
      ],
    ],
  ])('%s', (_, entries: AccessEntry[], sessions: number[][]) => {
    expect(groupAccessLog(entries).map((s) => s.entries.map((e) => e.seq))).toEqual(sessions);
  });

  it('says when a session began and ended, and each record opened once, in the order first opened', () => {
    const [session] = groupAccessLog([
      entry(1, 0, ['list', 'a']),
      entry(2, 1, ['a', 'b']),
      entry(3, 4, ['b', 'list']),
    ]);
    expect(session).toMatchObject({ from: start, to: start + 4 * minute, itemIds: ['list', 'a', 'b'] });
  });

  it('keeps every entry, each in exactly one session, and sessions never overlap', () => {
    const entries = fc.array(
      fc.record({
        at: fc.integer({ min: 0, max: 10 * viewingGapMs }),
        itemIds: fc.array(fc.constantFrom('a', 'b', 'c')),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(entries, (drawn) => {
        const log = drawn.map((e, i) => ({ ...e, seq: i + 1 }));
        const sessions = groupAccessLog(log);
        const seqs = sessions.flatMap((s) => s.entries.map((e) => e.seq)).sort((a, b) => a - b);
        expect(seqs).toEqual(log.map((e) => e.seq));
        for (const [i, session] of sessions.entries()) {
          expect(session.from).toBeLessThanOrEqual(session.to);
          const older = sessions[i + 1];
          if (older) expect(session.from - older.to).toBeGreaterThan(viewingGapMs);
        }
      }),
    );
  });
});

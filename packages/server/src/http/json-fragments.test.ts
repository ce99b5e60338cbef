import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presentSharedRecord, sharedRecordJson } from '../practice/present-practice.ts';
import { presentRecord, recordJson } from '../sync/present-record.ts';

const join = (fragments: Iterable<string>) => [...fragments].join('');

describe('JSON in fragments', () => {
  it('joins into exactly the JSON of the presented record, for any size of ciphertext', () => {
    const size = fc.oneof(fc.nat(200), fc.integer({ min: 49_000, max: 200_000 }));
    fc.assert(
      fc.property(size, fc.boolean(), (bytes, deleted) => {
        const ciphertext = deleted ? null : new Uint8Array(bytes).map((_, i) => (i * 7) & 0xff);
        const record = { id: 'r', version: 3, seq: 9, ciphertext, deleted };
        expect(join(recordJson(record))).toBe(JSON.stringify(presentRecord(record)));
      }),
      { numRuns: 40 },
    );
    const shared = {
      id: 's',
      author: 'client',
      version: 1,
      seq: 2,
      ciphertext: new Uint8Array(100_001),
      updatedAt: 5,
    } as const;
    expect(join(sharedRecordJson(shared))).toBe(JSON.stringify(presentSharedRecord(shared)));
  });

  it('never makes a string much larger than a slice', () => {
    const record = { id: 'r', version: 1, seq: 1, ciphertext: new Uint8Array(512 * 1024), deleted: false };
    expect(Math.max(...[...recordJson(record)].map((fragment) => fragment.length))).toBeLessThanOrEqual(
      65_536,
    );
  });
});

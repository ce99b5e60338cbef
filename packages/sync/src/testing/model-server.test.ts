import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SealedChange } from '../ports.ts';
import { newId, ownerId } from './fixtures.ts';
import { createModelServer } from './model-server.ts';
import { startServerWorld } from './server-world.ts';

/*
 * The model server stands in for the real one only in the property test over a faulty network (see
 * model-server.ts for why). Here the model is held to the real server: the same pushes, in the same
 * order, get the same answers and leave the same records to pull.
 */

const ids = Array.from({ length: 3 }, () => newId());
const contents = [1, 2].map((n) => new Uint8Array(48).fill(n));

const changeArb: fc.Arbitrary<SealedChange> = fc.oneof(
  fc.record({
    id: fc.constantFrom(...ids),
    baseVersion: fc.nat(3),
    ciphertext: fc.constantFrom(...contents),
  }),
  fc.record({
    id: fc.constantFrom(...ids),
    baseVersion: fc.nat(3),
    deleted: fc.constant(true as const),
    tombstone: fc.constantFrom(...contents),
  }),
);
// One batch never names a record twice (the engine sends each record once a push).
const batchArb = fc.uniqueArray(changeArb, { minLength: 1, maxLength: 3, selector: (c) => c.id });

describe('the model server', () => {
  it('answers pushes and pulls as the real server does', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(batchArb, { minLength: 1, maxLength: 8 }), async (batches) => {
        const real = await startServerWorld();
        try {
          const realWay = real.transport(ownerId);
          const modelWay = createModelServer().transport(ownerId);
          for (const changes of batches) {
            expect(await modelWay.push({ changes })).toEqual(await realWay.push({ changes }));
          }
          expect(await modelWay.pull(0, 100)).toEqual(await realWay.pull(0, 100));
          expect(await modelWay.pull(1, 2)).toEqual(await realWay.pull(1, 2));
        } finally {
          await real.close();
        }
      }),
      { numRuns: 25 },
    );
  });
});

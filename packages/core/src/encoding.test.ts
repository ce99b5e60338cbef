import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromBase64Url, toBase64Url } from './encoding.ts';
import { isUuid, makeUuidV7 } from './ids/uuid-v7.ts';

describe('base64url', () => {
  it('round-trips any bytes and matches the platform encoder', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
  });

  it('refuses text that is not base64url', () => {
    expect(() => fromBase64Url('a+b/')).toThrow();
    expect(() => fromBase64Url('abcde')).toThrow();
  });
});

describe('UUIDv7', () => {
  it('is a valid, time-ordered UUID', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 47 }),
        fc.uint8Array({ minLength: 10, maxLength: 10 }),
        (ms, r) => {
          const id = makeUuidV7(ms, r);
          expect(isUuid(id)).toBe(true);
          expect(makeUuidV7(ms + 1, r) > id).toBe(true);
        },
      ),
    );
  });
});
